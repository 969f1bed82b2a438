// SparqlEngine on Oxigraph over RDF/JS quads: serialised to N-Quads with N3.js, then loaded as text (see
// oxigraph-engine-from-nquads.ts, which holds the engine itself).
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { createOxigraphEngineFromNQuads, type OxigraphEngineOptions } from './oxigraph-engine-from-nquads.js';
import type { SparqlEngine } from './sparql-engine.js';

export { createOxigraphEngineFromNQuads, type OxigraphEngineOptions } from './oxigraph-engine-from-nquads.js';

/** Quads per store.load(): ~35 MB of N-Quads text, far below V8's maximum string length (~537 M characters). */
export const LOAD_CHUNK = 200_000;

export function createOxigraphEngine(quads: Iterable<Quad>, options: OxigraphEngineOptions = {}): SparqlEngine {
  // Loading N-Quads text is much faster than crossing the WASM boundary once per term. In chunks: one string
  // for everything breaks past ~23k projects, and a first query after one huge load is seconds slower.
  const all = Array.isArray(quads) ? (quads as Quad[]) : [...quads];
  function* chunks(): Iterable<string> {
    for (let i = 0; i < all.length; i += LOAD_CHUNK) yield new Writer({ format: 'N-Quads' }).quadsToString(all.slice(i, i + LOAD_CHUNK));
  }
  return createOxigraphEngineFromNQuads(chunks(), options);
}
