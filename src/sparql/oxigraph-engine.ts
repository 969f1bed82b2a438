// SparqlEngine on Oxigraph (Rust compiled to WebAssembly): full SPARQL 1.1 Query, in Node and in browsers.
import { sortQuads } from '../export/sort-quads.js';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import * as oxigraphModule from 'oxigraph';
import { queryForm } from './query-form.js';
import { type QueryResult, QuerySyntaxError, type SparqlEngine } from './sparql-engine.js';

type Oxigraph = typeof import('oxigraph');

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

export function createOxigraphEngine(quads: Iterable<Quad>): SparqlEngine {
  // Loading N-Quads text is much faster than crossing the WASM boundary once per term. In chunks: one string
  // for everything breaks past ~23k projects, and a first query after one huge load is seconds slower.
  const all = Array.isArray(quads) ? (quads as Quad[]) : [...quads];
  function* chunks(): Iterable<string> {
    for (let i = 0; i < all.length; i += LOAD_CHUNK) yield new Writer({ format: 'N-Quads' }).quadsToString(all.slice(i, i + LOAD_CHUNK));
  }
  return createOxigraphEngineFromNQuads(chunks());
}

/** The same engine over N-Quads text, whole or in chunks (a server's query workers receive text, parsed once per worker). */
export function createOxigraphEngineFromNQuads(nquads: string | Iterable<string>): SparqlEngine {
  let storePromise: Promise<InstanceType<Oxigraph['Store']>> | undefined;
  const getStore = (): Promise<InstanceType<Oxigraph['Store']>> =>
    (storePromise ??= loadOxigraph().then((ox) => {
      const store = new ox.Store();
      for (const chunk of typeof nquads === 'string' ? [nquads] : nquads) store.load(chunk, { format: 'application/n-quads' });
      return store;
    }));
  return {
    name: 'oxigraph',
    async query(sparql: string): Promise<QueryResult> {
      const store = await getStore();
      const form = queryForm(sparql);
      if (form === 'UPDATE') throw new QuerySyntaxError('SPARQL Update is not accepted: the graph is read-only here', 1, 1);
      try {
        if (form === 'SELECT' || form === 'ASK') {
          const json = JSON.parse(store.query(sparql, { results_format: 'application/sparql-results+json' }) as string);
          if (form === 'ASK') return { type: 'boolean', value: Boolean(json.boolean) };
          return { type: 'bindings', variables: json.head.vars ?? [], rows: json.results.bindings };
        }
        const result = store.query(sparql);
        if (!Array.isArray(result)) throw new QuerySyntaxError('Only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are accepted', 1, 1);
        // Sorted: a CONSTRUCT's triples come in no defined order, and its serialisations should not vary between runs.
        return { type: 'quads', quads: sortQuads((result as Quad[]).map(toN3Quad)) };
      } catch (error) {
        if (error instanceof QuerySyntaxError) throw error;
        const message = (error as Error).message ?? String(error);
        const place = /error at (\d+):(\d+)/.exec(message);
        if (place) throw new QuerySyntaxError(message, Number(place[1]), Number(place[2]));
        throw error;
      }
    },
  };
}

/** Oxigraph's terms → n3's, so results mix freely with the rest of the code. */
function toN3Quad(q: Quad): Quad {
  const term = (t: Quad['subject'] | Quad['object']): any => {
    if (t.termType === 'NamedNode') return DataFactory.namedNode(t.value);
    if (t.termType === 'BlankNode') return DataFactory.blankNode(t.value);
    if (t.termType === 'Literal') return DataFactory.literal(t.value, t.language || DataFactory.namedNode(t.datatype.value));
    return DataFactory.defaultGraph();
  };
  return DataFactory.quad(term(q.subject), term(q.predicate as Quad['subject']), term(q.object), DataFactory.defaultGraph());
}
