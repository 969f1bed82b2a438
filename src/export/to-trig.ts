// Quads with named graphs → TriG (with the project's prefixes, by deai-kg's Turtle writer: turtle-lines.ts) or
// N-Quads (through the N3.js Writer), sorted.
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { checkedQuads } from '../vocab/is-iri.js';
import { PREFIXES } from '../vocab/namespaces.js';
import { sortQuads } from './sort-quads.js';
import { turtleText } from './turtle-lines.js';

export function quadsToTrig(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>> = PREFIXES): Promise<string> {
  return Promise.resolve(turtleText(checkedQuads(sortQuads(quads)), prefixes));
}

export function quadsToNQuads(quads: Iterable<Quad>): string {
  return new Writer({ format: 'N-Quads' }).quadsToString(checkedQuads(sortQuads(quads)));
}
