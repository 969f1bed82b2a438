// Oxigraph's terms (handles into WebAssembly memory) → plain RDF/JS terms, so results outlive the store and mix freely
// with the rest of the code (N3.js's Writer, sortQuads, jsonld) without loading N3.js to make them.
import type { BlankNode, DefaultGraph, Literal, NamedNode, Quad, Term } from '@rdfjs/types';

const equals = (a: Term, b: Term | null | undefined): boolean =>
  !!b && a.termType === b.termType && a.value === b.value && (a.termType !== 'Literal' || (b as Literal).language === a.language && (b as Literal).datatype.value === a.datatype.value);

function namedNode(value: string): NamedNode {
  const term: NamedNode = { termType: 'NamedNode', value, equals: (other) => equals(term, other) };
  return term;
}

const DEFAULT_GRAPH: DefaultGraph = { termType: 'DefaultGraph', value: '', equals: (other) => other?.termType === 'DefaultGraph' };

function plainTerm(t: Term): Quad['subject'] | Quad['object'] {
  if (t.termType === 'NamedNode') return namedNode(t.value);
  if (t.termType === 'BlankNode') {
    const term: BlankNode = { termType: 'BlankNode', value: t.value, equals: (other) => equals(term, other) };
    return term;
  }
  if (t.termType === 'Literal') {
    const term: Literal = { termType: 'Literal', value: t.value, language: t.language, direction: '', datatype: namedNode(t.datatype.value), equals: (other) => equals(term, other) };
    return term;
  }
  throw new TypeError(`a ${t.termType} cannot stand in a CONSTRUCT result here`);
}

/** One quad of a CONSTRUCT or DESCRIBE result, in the default graph. */
export function oxigraphQuadToPlain(q: Quad): Quad {
  const quad: Quad = {
    termType: 'Quad', value: '',
    subject: plainTerm(q.subject) as Quad['subject'],
    predicate: namedNode(q.predicate.value),
    object: plainTerm(q.object) as Quad['object'],
    graph: DEFAULT_GRAPH,
    equals: (other) => !!other && other.termType === 'Quad' && quad.subject.equals(other.subject) && quad.predicate.equals(other.predicate) && quad.object.equals(other.object) && quad.graph.equals(other.graph),
  };
  return quad;
}
