// A resolved project → its own triples (type, names, provenance), then its table row and listings.
import type { ResolvedProject } from '../resolve/resolved-types.js';
import { DEAI, PROV, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import { type MapContext, projectIri } from './map-context.js';
import { notesOnQuads } from './note-quads.js';
import { listingToQuads } from './section-quads.js';
import { rowToQuads } from './table-row-quads.js';

export function projectToQuads(ctx: MapContext, project: ResolvedProject): void {
  const subject = projectIri(ctx.base, project.slug);
  const out = ctx.out;
  out.iri(subject, RDF('type'), DEAI('Project'));
  out.text(subject, RDFS('label'), project.label);
  if (project.sourceText) out.text(subject, DEAI('sourceText'), project.sourceText);
  notesOnQuads(ctx, subject, project.notes);
  for (const alt of project.altLabels) out.text(subject, SKOS('altLabel'), alt.text);
  out.add(subject, DEAI('sourceLine'), project.sourceLine);
  out.iri(subject, PROV('wasDerivedFrom'), ctx.surveyIri);
  if (project.row) rowToQuads(ctx, subject, project.label, project.row);
  for (const listing of project.listings) listingToQuads(ctx, subject, project.label, listing);
}
