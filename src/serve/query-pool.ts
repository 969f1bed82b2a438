// A pool of query workers with a deadline per query: a query that overruns has its worker terminated and replaced.
//
// Why workers: Oxigraph's query() is synchronous WebAssembly. On the main thread one slow query would stall every
// other request and could not be interrupted. Each worker holds its own store (the graph is parsed once per worker);
// Worker.terminate() stops WebAssembly mid-loop, so the deadline holds even for a runaway cross product.
//
// A worker answers one query at a time, and only a query's own failure ends its worker: a worker that must go (its
// query overran, or its engine trapped) is taken out of service before anything else is sent to it, and a new one
// is started in its place, so the pool keeps its size (docs/serve.md compares this with piscina and tinypool).
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../node/package-root.js';
import { findService } from './find-service.js';
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
  /** Workers the pool is meant to have (--workers). */
  readonly configured: number;
  /** Worker threads alive: ready, starting, or being replaced. */
  readonly size: number;
  /** Workers loaded and able to take a query now. */
  readonly ready: number;
  readonly busy: number;
  readonly queued: number;
  /** Workers terminated for overrunning their deadline (or crashing) and replaced. */
  readonly replaced: number;
  /** Places whose workers failed to start several times in a row; the pool tries them again every 10 s. */
  readonly failed: number;
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

/** One place in the pool and the worker in it. `failed`: gave up starting (tried again later). */
interface Slot {
  worker: Worker;
  state: 'starting' | 'ready' | 'leaving' | 'failed';
  job?: Job;
  /** Starts in a row that ended before the worker was ready. */
  startFailures: number;
}

// From the package's root, not this module: the command line runs this module from a bundle in dist/cli/chunks/.
const WORKER_URL = pathToFileURL(`${PACKAGE_ROOT}dist/serve/query-worker.js`);
const MAX_START_FAILURES = 3;
const RETRY_FAILED_MS = 10_000;

export async function createQueryPool(options: QueryPoolOptions): Promise<QueryPool> {
  const setup: WorkerSetup = { nquads: options.nquads, maxResults: options.maxResults, prefixes: options.prefixes };
  const slots: Slot[] = [];
  const queue: Job[] = [];
  const startupMs: number[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;

  const finish = (job: Job, outcome: QueryOutcome): void => {
    clearTimeout(job.timer);
    if (job.slot) job.slot.job = undefined;
    job.slot = undefined;
    job.resolve(outcome);
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.state !== 'ready' || slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      job.slot = slot;
      slot.worker.postMessage(job.request);
    }
  };

  /** Takes a slot's worker out of service at once (nothing more is sent to it) and starts another in its place. */
  const replace = (slot: Slot): void => {
    const old = slot.worker;
    slot.state = 'leaving';
    replaced++;
    start(slot).catch(() => undefined);
    void old.terminate();
  };

  /** Starts a worker in `slot` (a new one, or in place of one that left or failed). */
  const start = (slot: Slot | undefined): Promise<void> => {
    const began = performance.now();
    // The old-generation cap turns a result that would exhaust memory into a failed query, not a failed server.
    const worker = new Worker(WORKER_URL, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const current: Slot = slot ?? { worker, state: 'starting', startFailures: 0 };
    current.worker = worker;
    current.state = 'starting';
    if (!slot) slots.push(current);
    let becameReady = false;
    return new Promise<void>((resolveStart, rejectStart) => {
      worker.on('message', (reply: WorkerReply) => {
        if (current.worker !== worker) return; // a replaced worker's last words
        if (reply.type === 'ready') {
          becameReady = true;
          current.state = 'ready';
          current.startFailures = 0;
          startupMs.push(Math.round(performance.now() - began));
          resolveStart();
          dispatch();
          return;
        }
        const job = current.job;
        if (!job || job.request.id !== reply.id) return;
        if (reply.type === 'result') finish(job, { type: 'result', contentType: reply.contentType, body: reply.body, truncated: reply.truncated });
        else finish(job, { type: 'error', status: reply.status, message: reply.message });
        // The engine trapped on this query: its state is not to be trusted, so the worker goes, before another query.
        if (reply.type === 'error' && reply.retire) replace(current);
        dispatch();
      });
      worker.on('error', (error) => {
        if (current.worker !== worker) return;
        current.state = 'leaving';
        if (current.job) finish(current.job, { type: 'error', status: 500, message: `The query worker failed: ${error.message}` });
        if (!becameReady) rejectStart(error);
      });
      worker.on('exit', () => {
        if (current.worker !== worker || closed) return;
        // Crashed (an 'error' came first) or ran out of memory: replace it, unless it keeps failing to start.
        current.state = 'leaving';
        if (current.job) finish(current.job, { type: 'error', status: 500, message: 'The query worker stopped while answering; it is being replaced.' });
        if (!becameReady && ++current.startFailures >= MAX_START_FAILURES) return giveUp(current);
        replaced++;
        start(current).catch(() => undefined);
      });
    });
  };

  /** A place whose workers keep failing to start: counted as failed, tried again later; queries wait for the others. */
  const giveUp = (slot: Slot): void => {
    slot.state = 'failed';
    if (!slots.some((s) => s.state !== 'failed')) failQueued('the query workers keep failing to start');
    setTimeout(() => {
      if (closed || slot.state !== 'failed') return;
      slot.startFailures = 0;
      start(slot).catch(() => undefined);
    }, RETRY_FAILED_MS).unref();
  };

  const failQueued = (why: string): void => {
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
    replace(slot);
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
      const service = findService(sparql);
      if (service) {
        return Promise.resolve({
          type: 'error',
          status: 400,
          message: `SERVICE is not supported (line ${service.line}, column ${service.column}): this endpoint answers over its own graph only and does not federate. Query the other endpoint directly.`,
        });
      }
      if (!slots.some((s) => s.state !== 'failed')) return Promise.resolve({ type: 'error', status: 503, message: 'No query worker is available: the query workers keep failing to start', retryAfter: 10 });
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
      configured: options.workers,
      size: slots.filter((s) => s.state !== 'failed').length,
      ready: slots.filter((s) => s.state === 'ready').length,
      busy: slots.filter((s) => s.job).length,
      queued: queue.length,
      replaced,
      failed: slots.filter((s) => s.state === 'failed').length,
      startupMs: [...startupMs],
    }),
    async close() {
      closed = true;
      failQueued('the server is shutting down');
      for (const slot of slots) if (slot.job) finish(slot.job, { type: 'error', status: 503, message: 'The server is shutting down' });
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
