// A query worker thread: loads the graph into its own Oxigraph store once, then answers queries one at a time.
// Oxigraph's query() is synchronous WebAssembly: a worker that overruns is terminated by the pool (query-pool.ts).
// A failed query is answered with an error and the worker goes on; only a trap in the engine retires it.
import { parentPort, workerData } from 'node:worker_threads';
import { createQueryAnswerer } from './query-answerer.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('query-worker.ts runs as a worker thread (see query-pool.ts)');
const answerer = createQueryAnswerer(workerData as WorkerSetup);

// Load the store now, not on the first query, so that the pool's startup time is the real one.
await answerer.load();
port.postMessage({ type: 'ready' } satisfies WorkerReply);

port.on('message', (request: WorkerRequest) => {
  void answerer.answer(request).then((reply) => port.postMessage(reply));
});
