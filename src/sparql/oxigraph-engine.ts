// SparqlEngine on Oxigraph (Rust compiled to WebAssembly): full SPARQL 1.1 Query, in Node and in browsers.
import type { Quad } from '@rdfjs/types';
import * as oxigraphModule from 'oxigraph';
import { sortQuads } from '../export/sort-quads.js';
import { sourceExcerpt } from '../errors.js';
import { diagnoseQuery } from './diagnose-query.js';
import { withPrefixes } from './prefixed-query.js';
import { queryForm } from './query-form.js';
import { type QueryResult, QuerySyntaxError, type ResultsMediaType, type SparqlEngine } from './sparql-engine.js';
import { placeOf, sparqlTokens } from './sparql-tokens.js';

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

/** Quads per store.load(): ~35 MB of N-Quads text, far below V8's maximum string length (~537 M characters). */
export const LOAD_CHUNK = 200_000;

export interface OxigraphEngineOptions {
  /** Prefixes every query may use without declaring them (a query's own PREFIX wins). None by default. */
  readonly prefixes?: Readonly<Record<string, string>>;
}

export function createOxigraphEngine(quads: Iterable<Quad>, options: OxigraphEngineOptions = {}): SparqlEngine {
  // Loading N-Quads text is much faster than crossing the WASM boundary once per term. In chunks: one string
  // for everything breaks past ~23k projects, and a first query after one huge load is seconds slower.
  const all = Array.isArray(quads) ? (quads as Quad[]) : [...quads];
  async function* chunks(): AsyncIterable<string> {
    const { Writer } = await import('n3');
    for (let i = 0; i < all.length; i += LOAD_CHUNK) yield new Writer({ format: 'N-Quads' }).quadsToString(all.slice(i, i + LOAD_CHUNK));
  }
  return createOxigraphEngineFromNQuads(chunks(), options);
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
      const { DataFactory } = await import('n3');
      return { type: 'quads', quads: sortQuads((result as Quad[]).map((q) => toN3Quad(q, DataFactory))) };
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

/** SPARQL Update is refused before the store is touched, with the place of its first keyword. */
function refuseUpdates(sparql: string): void {
  if (queryForm(sparql) !== 'UPDATE') return;
  const keyword = sparqlTokens(sparql).find((t) => t.type === 'word' && UPDATE_WORDS.has(t.text.toUpperCase()));
  const { line, column } = placeOf(sparql, keyword?.offset ?? 0);
  throw new QuerySyntaxError({
    code: 'sparql/update-refused',
    what: `SPARQL Update (${keyword?.text.toUpperCase() ?? 'an update'}) is not accepted: the graph is read-only here`,
    expected: 'a query: SELECT, ASK, CONSTRUCT or DESCRIBE',
    line,
    column,
    excerpt: sourceExcerpt(sparql, line, column, keyword?.text.length ?? 1),
  });
}

const UPDATE_WORDS = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH']);

/** Oxigraph's terms → n3's, so results mix freely with the rest of the code. */
function toN3Quad(q: Quad, factory: typeof import('n3').DataFactory): Quad {
  const term = (t: Quad['subject'] | Quad['object']): any => {
    if (t.termType === 'NamedNode') return factory.namedNode(t.value);
    if (t.termType === 'BlankNode') return factory.blankNode(t.value);
    if (t.termType === 'Literal') return factory.literal(t.value, t.language || factory.namedNode(t.datatype.value));
    return factory.defaultGraph();
  };
  return factory.quad(term(q.subject), term(q.predicate as Quad['subject']), term(q.object), factory.defaultGraph());
}
