// A total order on quads, so every serialisation is byte-identical between builds.
import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../vocab/namespaces.js';

const TYPE = RDF('type');

function termKey(term: Term): string {
  if (term.termType === 'Literal') return `"${term.value}"@${term.language}^^${term.datatype.value}`;
  return term.value;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By graph, subject, then rdf:type before other predicates, then predicate and object. */
export function compareQuads(a: Quad, b: Quad): number {
  return (
    compare(a.graph.value, b.graph.value) ||
    compare(a.subject.value, b.subject.value) ||
    Number(b.predicate.value === TYPE) - Number(a.predicate.value === TYPE) ||
    compare(a.predicate.value, b.predicate.value) ||
    compare(termKey(a.object), termKey(b.object))
  );
}

export function sortQuads(quads: Iterable<Quad>): Quad[] {
  return [...quads].sort(compareQuads);
}
