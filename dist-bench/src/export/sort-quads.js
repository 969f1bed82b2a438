import { RDF } from '../vocab/namespaces.js';
const TYPE = RDF('type');
function termKey(term) {
    if (term.termType === 'Literal')
        return `"${term.value}"@${term.language}^^${term.datatype.value}`;
    return term.value;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** By graph, subject, then rdf:type before other predicates, then predicate and object. */
export function compareQuads(a, b) {
    return (compare(a.graph.value, b.graph.value) ||
        compare(a.subject.value, b.subject.value) ||
        Number(b.predicate.value === TYPE) - Number(a.predicate.value === TYPE) ||
        compare(a.predicate.value, b.predicate.value) ||
        compare(termKey(a.object), termKey(b.object)));
}
export function sortQuads(quads) {
    return [...quads].sort(compareQuads);
}
