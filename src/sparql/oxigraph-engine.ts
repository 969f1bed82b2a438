// SparqlEngine on Oxigraph (Rust compiled to WebAssembly): full SPARQL 1.1 Query, in Node and in browsers.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import oxigraph from 'oxigraph';
import { queryForm } from './query-form.js';
import { type QueryResult, QuerySyntaxError, type SparqlEngine } from './sparql-engine.js';

export function createOxigraphEngine(quads: Iterable<Quad>): SparqlEngine {
  const store = new oxigraph.Store();
  // Loading N-Quads text is much faster than crossing the WASM boundary once per term.
  store.load(new Writer({ format: 'N-Quads' }).quadsToString([...quads]), { format: 'application/n-quads' });
  return {
    name: 'oxigraph',
    async query(sparql: string): Promise<QueryResult> {
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
