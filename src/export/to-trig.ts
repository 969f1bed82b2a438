// Quads with named graphs → TriG (with the project's prefixes) or N-Quads, sorted, through the N3.js Writer
// (TriG with statement ends spaced: see turtle-writer.ts).
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { checkedQuads } from '../vocab/is-iri.js';
import { PREFIXES } from '../vocab/namespaces.js';
import { sortQuads } from './sort-quads.js';
import { turtleString } from './turtle-writer.js';

export function quadsToTrig(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>> = PREFIXES): Promise<string> {
  return turtleString({ format: 'application/trig', prefixes: { ...prefixes } }, (writer) => writer.addQuads(checkedQuads(sortQuads(quads))));
}

export function quadsToNQuads(quads: Iterable<Quad>): string {
  return new Writer({ format: 'N-Quads' }).quadsToString(checkedQuads(sortQuads(quads)));
}
