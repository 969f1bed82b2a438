// A query worker thread: loads the graph into its own Oxigraph store once, then answers queries one at a time.
// Oxigraph's query() is synchronous WebAssembly: a worker that overruns is terminated by the pool (query-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { bundledContext } from '../node/package-files.js';
import { createOxigraphEngineFromNQuads } from '../sparql/oxigraph-engine-from-nquads.js';
import { QuerySyntaxError } from '../sparql/sparql-engine.js';
import { answerQuery } from './answer-query.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.js';

const setup = workerData as WorkerSetup;
const engine = createOxigraphEngineFromNQuads(setup.nquads, { prefixes: setup.prefixes });
const port = parentPort;
if (!port) throw new Error('query-worker.ts runs as a worker thread (see query-pool.ts)');

// Load the store now, not on the first query, so that the pool's startup time is the real one.
await engine.query('ASK {}');
port.postMessage({ type: 'ready' } satisfies WorkerReply);

port.on('message', (request: WorkerRequest) => {
  answer(request).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => {
      // Not a syntax error: most likely the engine ran out of WebAssembly memory. Its state is not to be trusted and its
      // memory cannot shrink, so this worker reports and ends; the pool starts a fresh one.
      port.postMessage({ type: 'error', id: request.id, status: 500, message: `The query failed in the engine: ${(error as Error)?.message ?? String(error)}` } satisfies WorkerReply);
      process.exit(1);
    },
  );
});

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const reply = await answerQuery(engine, request.sparql, { accept: request.accept, format: request.format, maxResults: setup.maxResults, context: bundledContext() });
    if (reply.type === 'not-acceptable') return { type: 'error', id: request.id, status: 406, message: reply.message };
    return { ...reply, id: request.id };
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    return { type: 'error', id: request.id, status: error.code === 'sparql/update-refused' ? 403 : 400, message: error.message };
  }
}
