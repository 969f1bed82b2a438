// Graph comparison: canonical N-Quads (RDFC-1.0) of two quad sets, so blank nodes and order do not matter.
import type { Quad } from '@rdfjs/types';
import { Parser, Writer } from 'n3';
import canonize from 'rdf-canonize';

export async function canonical(quads: readonly Quad[]): Promise<string> {
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
  return canonize.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads' });
}

export async function isomorphic(a: readonly Quad[], b: readonly Quad[]): Promise<boolean> {
  return (await canonical(a)) === (await canonical(b));
}

export function parseTurtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text);
}
