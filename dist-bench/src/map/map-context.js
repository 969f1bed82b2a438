/** The last segment of an IRI: "…ontology#TaskProposing" → "TaskProposing". */
export function localName(iri) {
    return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}
export function projectIri(base, slug) {
    return `${base}project/${slug}`;
}
export function columnIri(base, index) {
    return `${base}survey/column/${index + 1}`;
}
/** Preferred label of a concept, or its local name when the ontology does not know it. */
export function conceptLabel(ctx, iri) {
    return ctx.ontology.concepts.get(iri)?.prefLabel ?? localName(iri);
}
