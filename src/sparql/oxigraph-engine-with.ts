// SparqlEngine on an Oxigraph module the caller loaded, over N-Quads (text or UTF-8 bytes). No runtime import of
// 'oxigraph' here: importing Node's build compiles its 4 MB of WebAssembly at once, on the main thread, so the CLI
// brings its own module, compiled in the background (node/oxigraph-in-background.ts); oxigraph-engine-from-nquads.ts
// brings the default one. What only a broken query or a CONSTRUCT needs is imported when needed.
import type { Quad } from '@rdfjs/types';
import { nquadsPieces } from './nquads-pieces.js';
import { withPrefixes } from './prefixed-query.js';
import { queryForm } from './query-form.js';
import { refuseUpdates } from './refuse-updates.js';
import { type QueryResult, type ResultsMediaType, type SparqlEngine } from './sparql-engine.js';

export type Oxigraph = typeof import('oxigraph');
export type Store = InstanceType<Oxigraph['Store']>;

/** N-Quads whole or in chunks, as text or as UTF-8 bytes (bytes skip decoding a file only to encode it again). */
export type NQuadsInput = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

export interface OxigraphEngineOptions {
  /** Prefixes every query may use without declaring them (a query's own PREFIX wins). None by default. */
  readonly prefixes?: Readonly<Record<string, string>>;
  /**
   * The N-Quads were written by deai-kg itself from a checked graph (the survey cache): Oxigraph may skip checking
   * them again (its `lenient` load, ~25 % faster; a cached query spends most of its time loading the graph).
   */
  readonly ownNQuads?: boolean;
  /** Where a loaded store is kept for another process to take up (node/store-snapshot-cache.ts, the CLI's). */
  readonly storeCache?: StoreCache;
}

/**
 * A store kept from an earlier load of the same N-Quads. `restore` is called first, before anything else runs in the
 * engine's module, and gives the store or undefined (then the N-Quads are loaded); `save` is told of each fresh load.
 */
export interface StoreCache {
  restore(ox: Oxigraph): Promise<Store | undefined>;
  save(ox: Oxigraph, store: Store): Promise<void>;
}

/** The engine over `nquads`, loaded into a store of `oxigraph` on the first query. */
export function createOxigraphEngineWith(oxigraph: Promise<Oxigraph>, nquads: NQuadsInput, options: OxigraphEngineOptions = {}): SparqlEngine {
  const prefixes = options.prefixes ?? {};
  let storePromise: Promise<Store> | undefined;
  const getStore = (): Promise<Store> =>
    (storePromise ??= oxigraph.then(async (ox) => {
      const kept = await options.storeCache?.restore(ox);
      if (kept) return kept;
      const store = new ox.Store();
      const chunks = typeof nquads === 'string' || nquads instanceof Uint8Array ? [nquads] : nquads;
      const load = options.ownNQuads ? { format: 'application/n-quads', lenient: true } : { format: 'application/n-quads' };
      for await (const chunk of chunks) {
        // deai-kg's own N-Quads in pieces, so that the store's memory does not keep a copy of the whole text.
        for (const piece of options.ownNQuads && chunk instanceof Uint8Array ? nquadsPieces(chunk) : [chunk]) store.load(piece, load);
      }
      await options.storeCache?.save(ox, store);
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
      const { diagnoseQuery } = await import('./diagnose-query.js'); // only for a broken query
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
      const [{ sortQuads }, { oxigraphQuadToPlain }] = await Promise.all([import('../export/sort-quads.js'), import('./plain-quads.js')]);
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
