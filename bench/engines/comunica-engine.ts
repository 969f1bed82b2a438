// SparqlEngine on Comunica (@comunica/query-sparql-rdfjs, pure JavaScript) over an n3 Store: the
// benchmark's alternative to src/sparql/oxigraph-engine.ts, behind the same small interface.
import type { Quad, Term } from '@rdfjs/types';
import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { DataFactory, Store } from 'n3';
import { type Bindings, type QueryResult, querySyntaxError, type ResultTerm, type ResultsMediaType, type SparqlEngine } from '../../src/sparql/sparql-engine.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const RDF_DIR_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString';

export interface ComunicaEngineOptions {
  /** Stop a query after this many milliseconds (its result stream is destroyed) and throw QueryTimeoutError. */
  readonly timeoutMs?: number;
}

/** A query stopped by ComunicaEngineOptions.timeoutMs. */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
}

export function createComunicaEngine(quads: Iterable<Quad>, options: ComunicaEngineOptions = {}): SparqlEngine {
  const store = new Store();
  store.addQuads(Array.isArray(quads) ? (quads as Quad[]) : [...quads]);
  return createComunicaEngineOverStore(store, options);
}

/** Over an n3 Store filled elsewhere (e.g. straight from a parser, without an array of quads in between). */
export function createComunicaEngineOverStore(store: Store, options: ComunicaEngineOptions = {}): SparqlEngine {
  const engine = new QueryEngine();
  const timeoutMs = options.timeoutMs ?? 0;
  return {
    name: 'comunica',
    async query(sparql: string): Promise<QueryResult> {
      let result: Awaited<ReturnType<QueryEngine['query']>>;
      try {
        result = await engine.query(sparql, { sources: [store] });
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        // Comunica's parser (traqula) reports e.g. "Parse error on line 3" or "… at line 3, column 7".
        const line = /line (\d+)/i.exec(message);
        if (line) throw querySyntaxError(sparql, message, Number(line[1]), Number(/column (\d+)/i.exec(message)?.[1] ?? 1));
        throw error;
      }
      switch (result.resultType) {
        case 'bindings': {
          const metadata = await result.metadata();
          const variables = (metadata.variables as unknown[]).map((v) => variableName(v));
          const stream = await result.execute();
          const rows = await collect(stream, timeoutMs, (binding): Bindings => {
            const row: Record<string, ResultTerm> = {};
            for (const [variable, term] of binding) row[variable.value] = toResultTerm(term);
            return row;
          });
          return { type: 'bindings', variables, rows };
        }
        case 'boolean':
          return { type: 'boolean', value: await result.execute() };
        case 'quads':
          return { type: 'quads', quads: await collect(await result.execute(), timeoutMs, toN3Quad) };
        default:
          // An update: Comunica would run it against the store when executed; refuse it instead.
          throw querySyntaxError(sparql, 'only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are accepted');
      }
    },
    /** Comunica's own writers for the W3C results formats. */
    async queryAs(sparql: string, mediaType: ResultsMediaType): Promise<string> {
      const { data } = await engine.resultToString(await engine.query(sparql, { sources: [store] }), mediaType);
      let text = '';
      for await (const chunk of data) text += String(chunk);
      return text;
    },
  };
}

/** Reads a result stream to the end, or destroys it (which stops the query's work) once timeoutMs has passed. */
function collect<T, R>(stream: AsyncIterable<T> & { on(event: string, listener: (...args: any[]) => void): unknown; destroy(error?: Error): void }, timeoutMs: number, map: (item: T) => R): Promise<R[]> {
  return new Promise<R[]>((resolve, reject) => {
    const out: R[] = [];
    const timer = timeoutMs > 0 ? setTimeout(() => {
      stream.destroy();
      reject(new QueryTimeoutError(`the query ran longer than ${timeoutMs} ms`));
    }, timeoutMs) : undefined;
    const done = (error?: Error): void => {
      if (timer) clearTimeout(timer);
      if (error) reject(error);
      else resolve(out);
    };
    stream.on('data', (item: T) => out.push(map(item)));
    stream.on('error', (error: Error) => done(error));
    stream.on('end', () => done());
  });
}

/** Comunica ≥ 3 gives { variable, canBeUndef }; the RDF/JS type says a bare Variable. */
function variableName(v: unknown): string {
  const variable = (v as { variable?: Term }).variable ?? (v as Term);
  return variable.value;
}

/** An RDF/JS term → the W3C SPARQL 1.1 JSON term (simple literals without a datatype, as Oxigraph writes them). */
export function toResultTerm(term: Term): ResultTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal': {
      if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
      const datatype = term.datatype.value;
      if (datatype === XSD_STRING || datatype === RDF_LANG_STRING || datatype === RDF_DIR_LANG_STRING) return { type: 'literal', value: term.value };
      return { type: 'literal', value: term.value, datatype };
    }
    case 'Quad':
      // A triple term (RDF 1.2); not produced by the competency questions.
      return { type: 'triple', value: `<< ${term.subject.value} ${term.predicate.value} ${term.object.value} >>` };
    default:
      return { type: 'literal', value: term.value };
  }
}

function toN3Quad(q: Quad): Quad {
  return DataFactory.quad(q.subject as any, q.predicate as any, q.object as any, DataFactory.defaultGraph());
}
