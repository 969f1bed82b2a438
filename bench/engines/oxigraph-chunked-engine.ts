// The Oxigraph engine of src/sparql/oxigraph-engine.ts, loading the N-Quads text in chunks.
//
// src's engine serialises all quads into ONE N-Quads string before store.load(); past V8's maximum string
// length (2^29 − 24 ≈ 537 M UTF-16 units, about 3.5 M quads of this graph, ≈ 25k projects) that throws
// "Invalid string length". This variant is otherwise the same (its query() delegates to the same code
// shape) and is what the benchmark uses at 100k projects; see docs/sparql-engines.md.
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import oxigraph from 'oxigraph';
import { queryForm } from '../../src/sparql/query-form.js';
import { type QueryResult, QuerySyntaxError, type SparqlEngine } from '../../src/sparql/sparql-engine.js';

/** Quads per store.load() call: ~25 MB of N-Quads text, far below the string limit. */
export const CHUNK = 200_000;

export function createOxigraphChunkedEngine(quads: Iterable<Quad>, chunk = CHUNK): SparqlEngine {
  const store = new oxigraph.Store();
  const all = Array.isArray(quads) ? (quads as Quad[]) : [...quads];
  for (let i = 0; i < all.length; i += chunk) {
    store.load(new Writer({ format: 'N-Quads' }).quadsToString(all.slice(i, i + chunk)), { format: 'application/n-quads' });
  }
  return {
    name: 'oxigraph-chunked',
    async query(sparql: string): Promise<QueryResult> {
      const form = queryForm(sparql);
      if (form !== 'SELECT' && form !== 'ASK') throw new QuerySyntaxError('The benchmark variant answers SELECT and ASK only', 1, 1);
      try {
        const json = JSON.parse(store.query(sparql, { results_format: 'application/sparql-results+json' }) as string);
        if (form === 'ASK') return { type: 'boolean', value: Boolean(json.boolean) };
        return { type: 'bindings', variables: json.head.vars ?? [], rows: json.results.bindings };
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        const place = /error at (\d+):(\d+)/.exec(message);
        if (place) throw new QuerySyntaxError(message, Number(place[1]), Number(place[2]));
        throw error;
      }
    },
  };
}
