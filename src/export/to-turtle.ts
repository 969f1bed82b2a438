// Quads → Turtle (with the project's prefixes, by deai-kg's Turtle writer: turtle-lines.ts) and N-Triples (through the
// N3.js Writer), in the order given: a built graph is already in canonical order (src/map/survey-to-quads.ts); sort
// other quads first (sortQuads).
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { checkedQuads } from '../vocab/is-iri.js';
import { PREFIXES } from '../vocab/namespaces.js';
import { turtleText } from './turtle-lines.js';

export function quadsToTurtle(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>> = PREFIXES): Promise<string> {
  return Promise.resolve(turtleText(checkedQuads(quads), prefixes));
}

/** The prefixes some term of these quads uses (for short snippets, where a dozen unused prefixes are noise). */
export function usedPrefixes(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>> = PREFIXES): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType === 'NamedNode') iris.add(t.value);
      else if (t.termType === 'Literal') iris.add(t.datatype.value);
    }
  }
  return Object.fromEntries(Object.entries(prefixes).filter(([, ns]) => [...iris].some((iri) => iri.startsWith(ns))));
}

export function quadsToNTriples(quads: Iterable<Quad>): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(checkedQuads(quads));
}
