// SparqlEngine on Oxigraph (Rust compiled to WebAssembly): full SPARQL 1.1 Query, in Node and in browsers.
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

export function createOxigraphEngine(quads: Iterable<Quad>): SparqlEngine {
  // Loading N-Quads text is much faster than crossing the WASM boundary once per term.
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
  let storePromise: Promise<InstanceType<Oxigraph['Store']>> | undefined;
  const getStore = (): Promise<InstanceType<Oxigraph['Store']>> =>
    (storePromise ??= loadOxigraph().then((ox) => {
      const store = new ox.Store();
      store.load(nquads, { format: 'application/n-quads' });
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
        return { type: 'quads', quads: (result as Quad[]).map(toN3Quad) };
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
