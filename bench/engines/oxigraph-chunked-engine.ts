// The Oxigraph engine of src/sparql/oxigraph-engine.ts, loading N-Quads text in chunks.
//
// src's engine serialises all quads into ONE N-Quads string before store.load(); past V8's maximum string
// length (2^29 − 24 ≈ 537 M UTF-16 units: about 3.5 M quads of this graph, ≈ 25k projects) that throws
// "Invalid string length". These variants load in chunks instead, and answer queries exactly as src's
// engine does (same store.query call, same JSON). The benchmark uses the file variant at 100k projects.
import { createReadStream } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import oxigraph from 'oxigraph';
import { queryForm } from '../../src/sparql/query-form.js';
import { type QueryResult, querySyntaxError, type ResultsMediaType, type SparqlEngine } from '../../src/sparql/sparql-engine.js';

/** Quads per store.load() call: ~35 MB of N-Quads text, far below the string limit. */
export const CHUNK = 200_000;

type OxigraphStore = InstanceType<typeof oxigraph.Store>;

/** From quads, serialising each chunk to N-Quads (as src's engine does for all at once). */
export function createOxigraphChunkedEngine(quads: Iterable<Quad>, chunk = CHUNK): SparqlEngine {
  const store = new oxigraph.Store();
  const all = Array.isArray(quads) ? (quads as Quad[]) : [...quads];
  for (let i = 0; i < all.length; i += chunk) {
    store.load(new Writer({ format: 'N-Quads' }).quadsToString(all.slice(i, i + chunk)), { format: 'application/n-quads' });
  }
  return storeEngine(store, 'oxigraph-chunked');
}

/** Straight from an N-Quads file, in chunks of about chunkChars characters cut at line ends. */
export async function createOxigraphEngineFromNQuadsFile(path: string, chunkChars = 32_000_000): Promise<SparqlEngine> {
  const store = new oxigraph.Store();
  let buffer = '';
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    buffer += piece as string;
    if (buffer.length < chunkChars) continue;
    const cut = buffer.lastIndexOf('\n') + 1;
    store.load(buffer.slice(0, cut), { format: 'application/n-quads' });
    buffer = buffer.slice(cut);
  }
  if (buffer.trim() !== '') store.load(buffer, { format: 'application/n-quads' });
  return storeEngine(store, 'oxigraph-file');
}

function storeEngine(store: OxigraphStore, name: string): SparqlEngine {
  return {
    name,
    async query(sparql: string): Promise<QueryResult> {
      const form = queryForm(sparql);
      if (form !== 'SELECT' && form !== 'ASK') throw querySyntaxError(sparql, 'the benchmark variant answers SELECT and ASK only');
      try {
        const json = JSON.parse(store.query(sparql, { results_format: 'application/sparql-results+json' }) as string);
        if (form === 'ASK') return { type: 'boolean', value: Boolean(json.boolean) };
        return { type: 'bindings', variables: json.head.vars ?? [], rows: json.results.bindings };
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        const place = /error at (\d+):(\d+)/.exec(message);
        if (place) throw querySyntaxError(sparql, message, Number(place[1]), Number(place[2]));
        throw error;
      }
    },
    async queryAs(sparql: string, mediaType: ResultsMediaType): Promise<string> {
      return store.query(sparql, { results_format: mediaType }) as string;
    },
  };
}
