// A total order on quads, so every serialisation is byte-identical between builds.
import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../vocab/namespaces.js';

const TYPE = RDF('type');

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Objects by value, then language, then datatype (no strings are built: this runs millions of times on big graphs). */
function compareObjects(a: Term, b: Term): number {
  if (a === b) return 0;
  const byValue = compare(a.value, b.value);
  if (byValue !== 0 || a.termType !== 'Literal' || b.termType !== 'Literal') return byValue || compare(a.termType, b.termType);
  return compare(a.language, b.language) || compare(a.datatype.value, b.datatype.value);
}

/** By graph, subject, then rdf:type before other predicates, then predicate and object. */
export function compareQuads(a: Quad, b: Quad): number {
  // Terms are often shared objects (src/map/terms.ts): identity settles most comparisons without reading strings.
  return (
    (a.graph === b.graph ? 0 : compare(a.graph.value, b.graph.value)) ||
    (a.subject === b.subject ? 0 : compare(a.subject.value, b.subject.value)) ||
    (a.predicate === b.predicate ? 0 : Number(b.predicate.value === TYPE) - Number(a.predicate.value === TYPE) || compare(a.predicate.value, b.predicate.value)) ||
    compareObjects(a.object, b.object)
  );
}

export function sortQuads(quads: Iterable<Quad>): Quad[] {
  return [...quads].sort(compareQuads);
}
