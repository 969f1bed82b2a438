// A query worker's engine and its replies: each request answered (answer-query.ts) or turned into an error reply with
// its HTTP status. Never throws, so one bad query cannot end a worker that other queries use; only a trap in the engine
// asks the pool to replace the worker. Shared by the pool's worker (query-worker.ts) and the pool comparison (bench/).
import { bundledContext } from '../node/package-files.js';
import { createOxigraphEngineFromNQuads } from '../sparql/oxigraph-engine-from-nquads.js';
import { QuerySyntaxError, type SparqlEngine } from '../sparql/sparql-engine.js';
import { answerQuery } from './answer-query.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.js';

export interface QueryAnswerer {
  /** Loads the store (so that a worker's startup time is the real one). */
  load(): Promise<void>;
  /** The reply to a request; never throws: a failure is an error reply (with `retire` when the engine trapped). */
  answer(request: WorkerRequest): Promise<WorkerReply>;
}

export function createQueryAnswerer(setup: WorkerSetup): QueryAnswerer {
  const engine = createOxigraphEngineFromNQuads(setup.nquads, { prefixes: setup.prefixes });
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
  try {
    const reply = await answerQuery(engine, request.sparql, { accept: request.accept, format: request.format, maxResults: setup.maxResults, context: bundledContext() });
    if (reply.type === 'not-acceptable') return { type: 'error', id: request.id, status: 406, message: reply.message };
    return { ...reply, id: request.id };
  } catch (error) {
    // findService (in the pool) refuses SERVICE before it gets here; this is the engine's own word for the same.
    if (/^The service .* is not supported/.test((error as Error)?.message ?? '')) {
      return { type: 'error', id: request.id, status: 400, message: 'SERVICE is not supported: this endpoint answers over its own graph only and does not federate.' };
    }
    if (!(error instanceof QuerySyntaxError)) throw error;
    return { type: 'error', id: request.id, status: error.code === 'sparql/update-refused' ? 403 : 400, message: error.message };
  }
}
