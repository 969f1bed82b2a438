/** Data plus ontology: what queries see by default, so labels and the SKOS hierarchy are queryable. */
export function graphWithOntology(graph) {
    return [...graph.quads, ...graph.ontology.quads];
}
