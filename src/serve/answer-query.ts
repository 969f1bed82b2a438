// A protocol request's query, answered on an engine: the format by negotiation, at most maxResults rows or triples.
// Runs in a query worker (query-worker.ts); a malformed query throws QuerySyntaxError for the worker to turn into 400.
import type { JsonLdContext } from '../export/to-jsonld.js';
import { UnrepresentableError } from '../export/xml-text.js';
import { queryForm } from '../sparql/query-form.js';
import { type QueryResult, QuerySyntaxError, type SparqlEngine } from '../sparql/sparql-engine.js';
import { capSelectQuery } from './cap-query.js';
import { chooseResultFormat, contentTypeOf, firstRows, type ResultKind, resultFormatsFor } from './result-formats.js';

export interface AnswerOptions {
  /** The request's Accept header. */
  readonly accept: string | undefined;
  /** A `format=`/`output=` parameter, if the request had one. */
  readonly format: string | undefined;
  readonly maxResults: number;
  /** Embedded in JSON-LD results. */
  readonly context: JsonLdContext;
}

export type QueryAnswer =
  | { readonly type: 'result'; readonly contentType: string; readonly body: string; readonly truncated: boolean }
  | { readonly type: 'not-acceptable'; readonly message: string };

export async function answerQuery(engine: SparqlEngine, sparql: string, options: AnswerOptions): Promise<QueryAnswer> {
  const kind = await kindOf(engine, sparql);
  const format = chooseResultFormat(kind, options.accept, options.format);
  if (!format) {
    const offered = resultFormatsFor(kind).map((f) => f.mediaType).join(', ');
    return { type: 'not-acceptable', message: `This query's results come as ${offered}; the request accepts none of them (Accept: ${options.accept ?? ''})` };
  }
  const contentType = contentTypeOf(format.mediaType);
  if ('engineWrites' in format) {
    if (kind === 'boolean') return { type: 'result', contentType, body: await engine.queryAs(sparql, format.engineWrites), truncated: false };
    const text = await capped(sparql, options.maxResults, (q) => engine.queryAs(q, format.engineWrites));
    return { type: 'result', contentType, ...firstRows(text, format.engineWrites, options.maxResults) };
  }
  const result = (await engine.query(sparql)) as Extract<QueryResult, { type: 'quads' }>;
  const truncated = result.quads.length > options.maxResults;
  try {
    const body = await format.write(truncated ? { ...result, quads: result.quads.slice(0, options.maxResults) } : result, options.context);
    return { type: 'result', contentType, body, truncated };
  } catch (error) {
    if (error instanceof UnrepresentableError) return { type: 'not-acceptable', message: error.message };
    throw error;
  }
}

/** The kind of results, read from the query; a query whose form cannot be read is run, to throw its syntax error. */
async function kindOf(engine: SparqlEngine, sparql: string): Promise<ResultKind> {
  const form = queryForm(sparql);
  if (form === 'SELECT') return 'bindings';
  if (form === 'ASK') return 'boolean';
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') return 'quads';
  return (await engine.query(sparql)).type;
}

/** SELECT runs under `LIMIT max+1` (one more row tells that there were more); a query the rewrite breaks runs as written. */
async function capped(sparql: string, maxResults: number, run: (query: string) => Promise<string>): Promise<string> {
  const rewritten = capSelectQuery(sparql, maxResults + 1);
  if (rewritten === undefined) return run(sparql);
  try {
    return await run(rewritten);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return run(sparql); // the original's own error, at its own place
    throw error;
  }
}
