// Quads → RDF/XML through rdflib.js's serialiser: absolute IRIs, the project's prefixes, no blank nodes in our data.
import type { Quad, Term } from '@rdfjs/types';
import * as $rdf from 'rdflib';
import { checkedQuads } from '../vocab/is-iri.js';
import { PREFIXES } from '../vocab/namespaces.js';
import { sortQuads } from './sort-quads.js';
import { assertXmlText, escapeCarriageReturns } from './xml-text.js';

const FORMAT = 'RDF/XML';

/**
 * rdflib.js 2.3 writes every literal through its own escaper, which handles `& < "` only. Two gaps are closed here:
 * a raw carriage return (read back as a line feed) is written `&#xD;`, and `]]>`, which XML forbids in text, is
 * written `]]&gt;` (outside literals the serialiser never emits it). Characters XML 1.0 cannot carry are refused.
 */
export function quadsToRdfXml(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>> = PREFIXES): string {
  const store = $rdf.graph();
  for (const q of checkedQuads(sortQuads(quads))) {
    if (q.object.termType === 'Literal') assertXmlText(q.object.value, FORMAT, `the literal of <${q.subject.value}> <${q.predicate.value}>`);
    store.add(toRdflib(q.subject) as $rdf.NamedNode, toRdflib(q.predicate) as $rdf.NamedNode, toRdflib(q.object));
  }
  // No base: rdflib would make IRIs relative to it without writing xml:base, and readers would resolve them elsewhere.
  const xml = $rdf.serialize(null, store, undefined, 'application/rdf+xml', undefined, { namespaces: { ...prefixes } }) ?? '';
  return escapeCarriageReturns(xml).replace(/]]>/g, ']]&gt;');
}

function toRdflib(term: Term): $rdf.NamedNode | $rdf.BlankNode | $rdf.Literal {
  switch (term.termType) {
    case 'NamedNode':
      return $rdf.sym(term.value);
    case 'BlankNode':
      return $rdf.blankNode(term.value);
    case 'Literal':
      return term.language ? $rdf.lit(term.value, term.language) : $rdf.lit(term.value, undefined, $rdf.sym(term.datatype.value));
    default:
      throw new TypeError(`${FORMAT} cannot carry a ${term.termType} term (${term.value}). Expected IRIs, blank nodes and literals.`);
  }
}
