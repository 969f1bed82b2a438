// SparqlEngine on Oxigraph (Rust compiled to WebAssembly) over N-Quads text: full SPARQL 1.1 Query, in Node and in
// browsers. No N3.js here: the CLI's cached query path loads the engine and nothing else (see oxigraph-engine.ts for
// an engine over quads).
import type { Quad } from '@rdfjs/types';
import * as oxigraphModule from 'oxigraph';
import { sortQuads } from '../export/sort-quads.js';
import { oxigraphQuadToPlain } from './plain-quads.js';
import { sourceExcerpt } from '../errors.js';
import { diagnoseQuery } from './diagnose-query.js';
import { withPrefixes } from './prefixed-query.js';
import { queryForm } from './query-form.js';
import { refuseUpdates } from './refuse-updates.js';
import { type QueryResult, QuerySyntaxError, type ResultsMediaType, type SparqlEngine } from './sparql-engine.js';

type Oxigraph = typeof import('oxigraph');
type Store = InstanceType<Oxigraph['Store']>;

let ready: Promise<Oxigraph> | undefined;

/**
 * Node's build (CommonJS) is ready on import; the browser build (web.js, chosen through package.json "browser")
 * must fetch and instantiate its .wasm first with its default export. Either way this resolves to the module.
 */
function loadOxigraph(): Promise<Oxigraph> {
  ready ??= (async () => {
    const mod = oxigraphModule as unknown as Oxigraph & { default?: unknown; initSync?: unknown };
    if (typeof mod.initSync === 'function' && typeof mod.default === 'function') {
      await (mod.default as () => Promise<unknown>)();
      return mod;
    }
    return (mod.Store ? mod : mod.default) as Oxigraph;
  })();
  return ready;
}

export interface OxigraphEngineOptions {
  /** Prefixes every query may use without declaring them (a query's own PREFIX wins). None by default. */
  readonly prefixes?: Readonly<Record<string, string>>;
}

/** The same engine over N-Quads text, whole or in chunks (a server's query workers receive text, parsed once per worker). */
export function createOxigraphEngineFromNQuads(nquads: string | Iterable<string> | AsyncIterable<string>, options: OxigraphEngineOptions = {}): SparqlEngine {
  const prefixes = options.prefixes ?? {};
  let storePromise: Promise<Store> | undefined;
  const getStore = (): Promise<Store> =>
    (storePromise ??= loadOxigraph().then(async (ox) => {
      const store = new ox.Store();
      for await (const chunk of typeof nquads === 'string' ? [nquads] : nquads) store.load(chunk, { format: 'application/n-quads' });
      return store;
    }));

  /** Runs the query with the prefixes added; a query the engine refuses becomes a QuerySyntaxError placed in `sparql`. */
  async function run(sparql: string, resultsFormat: string | undefined): Promise<ReturnType<Store['query']>> {
    const store = await getStore();
    refuseUpdates(sparql);
    const prefixed = withPrefixes(sparql, prefixes);
    try {
      return store.query(prefixed.text, resultsFormat ? { results_format: resultsFormat } : {});
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      const place = /error at (\d+):(\d+)/.exec(message);
      if (!place) throw error;
      // The prefixes take one line of their own, so the user's line N is the engine's line N + lineShift.
      const line = Math.max(1, Number(place[1]) - prefixed.lineShift);
      throw await diagnoseQuery(sparql, prefixed.prefixes, { message, line, column: Number(place[1]) > prefixed.lineShift ? Number(place[2]) : 1 });
    }
  }

  return {
    name: 'oxigraph',
    async query(sparql: string): Promise<QueryResult> {
      const form = queryForm(sparql);
      if (form === 'SELECT' || form === 'ASK') {
        const json = JSON.parse((await run(sparql, 'application/sparql-results+json')) as string);
        if (form === 'ASK') return { type: 'boolean', value: Boolean(json.boolean) };
        return { type: 'bindings', variables: json.head.vars ?? [], rows: json.results.bindings };
      }
      const result = await run(sparql, undefined);
      if (!Array.isArray(result)) return unexpectedForm(result);
      // Sorted: a CONSTRUCT's triples come in no defined order, and its serialisations should not vary between runs.
      return { type: 'quads', quads: sortQuads((result as Quad[]).map(oxigraphQuadToPlain)) };
    },
    async queryAs(sparql: string, mediaType: ResultsMediaType): Promise<string> {
      const form = queryForm(sparql);
      if (form !== 'SELECT' && form !== 'ASK' && form !== undefined) throw new TypeError(`${mediaType} is a format for SELECT and ASK results; this is a ${form} query`);
      const text = await run(sparql, mediaType);
      return typeof text === 'string' ? text : unexpectedForm(text);
    },
  };
}

function unexpectedForm(result: unknown): never {
  throw new TypeError(`Oxigraph answered with ${typeof result}: only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are run here`);
}
