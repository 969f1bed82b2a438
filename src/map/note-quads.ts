// The survey's notes → note nodes (text, label, line), and what each explains → a link to the note and its text.
import type { ResolvedNote } from '../resolve/resolved-types.js';
import { DCTERMS, DEAI, PROV, RDF, RDFS, SCHEMA, SKOS } from '../vocab/namespaces.js';
import { type MapContext, noteIri } from './map-context.js';

export function noteToQuads(ctx: MapContext, note: ResolvedNote): void {
  const subject = noteIri(ctx.base, note.id);
  const out = ctx.out;
  out.iri(subject, RDF('type'), DEAI('Note'));
  out.text(subject, RDFS('label'), note.kind === 'footnote' ? `Footnote ${note.label}` : note.label);
  out.text(subject, SCHEMA('text'), note.text);
  if (note.kind === 'footnote') out.text(subject, DEAI('footnoteLabel'), note.label);
  out.add(subject, DEAI('sourceLine'), note.line);
  out.add(subject, DEAI('sourceColumn'), note.column);
  out.iri(subject, DCTERMS('isPartOf'), ctx.surveyIri);
  out.iri(subject, PROV('wasDerivedFrom'), ctx.surveyIri);
}

/**
 * `subject` is explained by `notes`: a deai:note link to each, and its text where a reader of the subject looks for it
 * (skos:scopeNote on a concept, rdfs:comment on anything else).
 */
export function notesOnQuads(ctx: MapContext, subject: string, notes: readonly ResolvedNote[], concept = false): void {
  for (const note of notes) {
    ctx.out.iri(subject, DEAI('note'), noteIri(ctx.base, note.id));
    ctx.out.text(subject, concept ? SKOS('scopeNote') : RDFS('comment'), note.text);
  }
}
