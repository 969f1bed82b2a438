import { DEAI, PROV, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import { projectIri } from './map-context.js';
import { listingToQuads } from './section-quads.js';
import { rowToQuads } from './table-row-quads.js';
export function projectToQuads(ctx, project, columns) {
    const subject = projectIri(ctx.base, project.slug);
    const out = ctx.out;
    out.iri(subject, RDF('type'), DEAI('Project'));
    out.text(subject, RDFS('label'), project.label);
    for (const alt of project.altLabels)
        out.text(subject, SKOS('altLabel'), alt);
    out.add(subject, DEAI('sourceLine'), project.sourceLine);
    out.iri(subject, PROV('wasDerivedFrom'), ctx.surveyIri);
    if (project.row)
        rowToQuads(ctx, project, project.row, columns);
    for (const entry of project.entries)
        listingToQuads(ctx, subject, project.label, entry);
}
