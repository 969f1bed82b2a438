// The query worker as a task module for piscina and tinypool (bench/compare-pools.ts): the same answerer as the
// built-in pool's worker (src/serve/query-answerer.ts). No top-level await: piscina 5 loads task modules with
// require() first, and on Node 20.20 require() of a module with top-level await aborts the process (a V8 fatal
// error, "IsGraphAsync must be used on an instantiated module"); so the store loads when the module does and the
// first task waits for it.
import { workerData as piscinaWorkerData } from 'piscina';
import { createQueryAnswerer, type QueryAnswerer } from '../../src/serve/query-answerer.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from '../../src/serve/worker-messages.js';

interface TinypoolProcess {
  __tinypool_state__?: { workerData: unknown };
}
// tinypool keeps its workerData on process; piscina exports it.
const setup = ((process as unknown as TinypoolProcess).__tinypool_state__?.workerData ?? piscinaWorkerData) as WorkerSetup;
const answerer = createQueryAnswerer(setup);
const loaded: Promise<QueryAnswerer> = answerer.load().then(() => answerer);

export default async function answer(request: WorkerRequest): Promise<WorkerReply> {
  return (await loaded).answer(request);
}
