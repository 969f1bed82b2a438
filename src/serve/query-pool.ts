// A pool of query workers with a deadline per query: a query that overruns has its worker terminated and replaced.
//
// Why workers: Oxigraph's query() is synchronous WebAssembly. On the main thread one slow query would stall every
// other request and could not be interrupted. Each worker holds its own store (the graph is parsed once per worker);
// Worker.terminate() stops WebAssembly mid-loop, so the deadline holds even for a runaway cross product.
import { Worker } from 'node:worker_threads';
import type { QueryOutcome, WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.js';

export interface QueryPoolOptions {
  /** The graph (data + ontology) as N-Quads. */
  readonly nquads: string;
  readonly workers: number;
  /** Deadline of a query, from its arrival: time waiting for a worker counts. */
  readonly timeoutMs: number;
  /** Rows (SELECT) or triples (CONSTRUCT/DESCRIBE) sent at most; more are cut and the reply says so. */
  readonly maxResults: number;
  /** Queries waiting for a worker at most; more are turned away with 503. */
  readonly maxQueue: number;
  /** Prefixes queries may use without declaring them (see predeclaredPrefixes). */
  readonly prefixes: Readonly<Record<string, string>>;
}

export interface PoolStats {
  /** Worker threads (starting ones included). */
  readonly size: number;
  readonly busy: number;
  readonly queued: number;
  /** Workers terminated for overrunning their deadline (or crashing) and replaced. */
  readonly replaced: number;
  /** Milliseconds each worker took to start and load the graph, in start order (the first ones, then replacements). */
  readonly startupMs: readonly number[];
}

export interface QueryPool {
  run(sparql: string, accept: string | undefined, format: string | undefined): Promise<QueryOutcome>;
  stats(): PoolStats;
  close(): Promise<void>;
}

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (outcome: QueryOutcome) => void;
  readonly timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  job?: Job;
  ready: boolean;
}

const WORKER_URL = new URL('./query-worker.js', import.meta.url);

export async function createQueryPool(options: QueryPoolOptions): Promise<QueryPool> {
  const setup: WorkerSetup = { nquads: options.nquads, maxResults: options.maxResults, prefixes: options.prefixes };
  const slots: Slot[] = [];
  const queue: Job[] = [];
  const startupMs: number[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;
  let startFailures = 0;

  const finish = (job: Job, outcome: QueryOutcome): void => {
    clearTimeout(job.timer);
    if (job.slot) job.slot.job = undefined;
    job.slot = undefined;
    job.resolve(outcome);
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (!slot.ready || slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      job.slot = slot;
      slot.worker.postMessage(job.request);
    }
  };

  /** Starts a worker in `slot` (a new one, or in place of one that was terminated). */
  const start = (slot: Slot | undefined): Promise<void> => {
    const began = performance.now();
    // The old-generation cap turns a result that would exhaust memory into a failed query, not a failed server.
    const worker = new Worker(WORKER_URL, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const current: Slot = slot ?? { worker, ready: false };
    current.worker = worker;
    current.ready = false;
    if (!slot) slots.push(current);
    return new Promise<void>((resolveStart, rejectStart) => {
      worker.on('message', (reply: WorkerReply) => {
        if (current.worker !== worker) return; // a terminated worker's last words
        if (reply.type === 'ready') {
          current.ready = true;
          startFailures = 0;
          startupMs.push(Math.round(performance.now() - began));
          resolveStart();
          dispatch();
          return;
        }
        const job = current.job;
        if (!job || job.request.id !== reply.id) return;
        finish(job, reply.type === 'result' ? { type: 'result', contentType: reply.contentType, body: reply.body, truncated: reply.truncated } : reply);
        dispatch();
      });
      worker.on('error', (error) => {
        if (current.worker !== worker) return;
        const job = current.job;
        if (job) finish(job, { type: 'error', status: 500, message: `The query worker failed: ${error.message}` });
        if (!current.ready) rejectStart(error);
      });
      worker.on('exit', () => {
        if (current.worker !== worker || closed) return;
        // Crashed (an 'error' came first) or ran out of memory: replace it, unless workers cannot start at all.
        current.ready = false;
        if (current.job) finish(current.job, { type: 'error', status: 500, message: 'The query worker stopped while answering; it is being replaced.' });
        if (++startFailures > 3) return failAll('the query workers keep failing to start');
        replaced++;
        start(current).catch(() => undefined);
      });
    });
  };

  const failAll = (why: string): void => {
    for (const job of queue.splice(0)) finish(job, { type: 'error', status: 503, message: `No query worker is available: ${why}` });
  };

  /** The deadline passed: a queued job leaves the queue; a running one takes its worker down with it. */
  const expire = (job: Job): void => {
    const message = `The query ran out of time: it was stopped after ${options.timeoutMs} ms (the server's --query-timeout). Ask for less, or add a LIMIT.`;
    const slot = job.slot;
    if (!slot) {
      const at = queue.indexOf(job);
      if (at >= 0) queue.splice(at, 1);
      finish(job, { type: 'error', status: 503, message });
      return;
    }
    finish(job, { type: 'error', status: 503, message });
    const old = slot.worker;
    slot.ready = false;
    replaced++;
    start(slot).catch(() => undefined);
    void old.terminate();
  };

  try {
    await Promise.all(Array.from({ length: options.workers }, () => start(undefined)));
  } catch (error) {
    closed = true; // no replacements: they would keep the process alive
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw error;
  }

  return {
    run(sparql, accept, format) {
      if (closed) return Promise.resolve({ type: 'error', status: 503, message: 'The server is shutting down' });
      if (queue.length >= options.maxQueue) {
        return Promise.resolve({ type: 'error', status: 503, message: `The server is busy: ${queue.length} queries are waiting. Try again shortly.`, retryAfter: 1 });
      }
      return new Promise<QueryOutcome>((resolve) => {
        const request: WorkerRequest = { id: nextId++, sparql, accept, format };
        const job: Job = { request, resolve, timer: setTimeout(() => expire(job), options.timeoutMs) };
        queue.push(job);
        dispatch();
      });
    },
    stats: () => ({
      size: slots.length,
      busy: slots.filter((s) => s.job).length,
      queued: queue.length,
      replaced,
      startupMs: [...startupMs],
    }),
    async close() {
      closed = true;
      failAll('the server is shutting down');
      for (const slot of slots) if (slot.job) finish(slot.job, { type: 'error', status: 503, message: 'The server is shutting down' });
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
