// Quads with named graphs → TriG (with the project's prefixes) or N-Quads, sorted, through the N3.js Writer.
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { checkedQuads } from '../vocab/is-iri.js';
import { PREFIXES } from '../vocab/namespaces.js';
import { sortQuads } from './sort-quads.js';

export function quadsToTrig(quads: Iterable<Quad>, prefixes: Readonly<Record<string, string>> = PREFIXES): Promise<string> {
  const writer = new Writer({ format: 'application/trig', prefixes: { ...prefixes } });
  writer.addQuads(checkedQuads(sortQuads(quads)));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

export function quadsToNQuads(quads: Iterable<Quad>): string {
  return new Writer({ format: 'N-Quads' }).quadsToString(checkedQuads(sortQuads(quads)));
}
