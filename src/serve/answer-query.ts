// One query → the reply a query worker sends: run on the worker's engine (capped), formatted by content negotiation,
// or an error with its HTTP status. Shared by the pool's worker (query-worker.ts) and the pool comparison (bench/).
import { UnrepresentableError } from '../export/xml-text.js';
import { bundledContext } from '../node/package-files.js';
import { createOxigraphEngineFromNQuads } from '../sparql/oxigraph-engine.js';
import { type QueryResult, QuerySyntaxError, type SparqlEngine } from '../sparql/sparql-engine.js';
import { capSelectQuery } from './cap-query.js';
import { chooseResultFormat, contentTypeOf, resultFormatsFor } from './result-formats.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.js';

export interface QueryAnswerer {
  /** Loads the store (so that a worker's startup time is the real one). */
  load(): Promise<void>;
  /** The reply to a request; never throws: a failure is an error reply (with `retire` when the engine trapped). */
  answer(request: WorkerRequest): Promise<WorkerReply>;
}

export function createQueryAnswerer(setup: WorkerSetup): QueryAnswerer {
  const engine = createOxigraphEngineFromNQuads(setup.nquads);
  return {
    load: async () => void (await engine.query('ASK {}')),
    answer: (request) =>
      answer(engine, setup, request).catch((error: unknown) => {
        // A trap (out of WebAssembly memory, unreachable code): the engine's state is not to be trusted and its
        // memory cannot shrink, so the reply asks for this worker to be replaced. Any other failure is this query's.
        const trapped = error instanceof RangeError || (error instanceof Error && error.name === 'RuntimeError'); // WebAssembly.RuntimeError
        const message = `The query failed in the engine: ${(error as Error)?.message ?? String(error)}`;
        return { type: 'error', id: request.id, status: 500, message, ...(trapped ? { retire: true } : {}) };
      }),
  };
}

async function answer(engine: SparqlEngine, setup: WorkerSetup, request: WorkerRequest): Promise<WorkerReply> {
  let result: QueryResult;
  try {
    result = await run(engine, request.sparql, setup.maxResults);
  } catch (error) {
    // findService (in the pool) refuses SERVICE before it gets here; this is the engine's own word for the same.
    if (/^The service .* is not supported/.test((error as Error)?.message ?? '')) {
      return { type: 'error', id: request.id, status: 400, message: 'SERVICE is not supported: this endpoint answers over its own graph only and does not federate.' };
    }
    if (!(error instanceof QuerySyntaxError)) throw error;
    const update = error.message.startsWith('SPARQL Update');
    return { type: 'error', id: request.id, status: update ? 403 : 400, message: update ? error.message : `SPARQL syntax error: ${error.message}` };
  }
  const format = chooseResultFormat(result.type, request.accept, request.format);
  if (!format) {
    const offered = resultFormatsFor(result.type).map((f) => f.mediaType).join(', ');
    return { type: 'error', id: request.id, status: 406, message: `This query's results come as ${offered}; the request accepts none of them (Accept: ${request.accept ?? ''})` };
  }
  const { capped, truncated } = cap(result, setup.maxResults);
  try {
    const body = await format.write(capped, bundledContext());
    return { type: 'result', id: request.id, contentType: contentTypeOf(format.mediaType), body, truncated };
  } catch (error) {
    if (error instanceof UnrepresentableError) return { type: 'error', id: request.id, status: 406, message: error.message };
    throw error;
  }
}

/** SELECT runs under `LIMIT max+1` (one more row tells that there were more); a query the rewrite breaks runs as written. */
async function run(engine: SparqlEngine, sparql: string, maxResults: number): Promise<QueryResult> {
  const capped = capSelectQuery(sparql, maxResults + 1);
  if (capped === undefined) return engine.query(sparql);
  try {
    return await engine.query(capped);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return engine.query(sparql); // the original's own error, at its own place
    throw error;
  }
}

function cap(result: QueryResult, max: number): { capped: QueryResult; truncated: boolean } {
  if (result.type === 'bindings' && result.rows.length > max) return { capped: { ...result, rows: result.rows.slice(0, max) }, truncated: true };
  if (result.type === 'quads' && result.quads.length > max) return { capped: { ...result, quads: result.quads.slice(0, max) }, truncated: true };
  return { capped: result, truncated: false };
}
