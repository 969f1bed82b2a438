// piscina and tinypool behind the built-in pool's interface (src/serve/query-pool.ts), for bench/compare-pools.ts:
// the same worker code, the same deadline (an AbortSignal: both pools terminate the thread that runs an aborted
// task and start another), the same queue limit, the same SERVICE refusal.
import { Piscina } from 'piscina';
import { Tinypool } from 'tinypool';
import { findService } from '../../src/serve/find-service.js';
import type { QueryPoolOptions } from '../../src/serve/query-pool.js';
import type { QueryOutcome, WorkerReply, WorkerRequest, WorkerSetup } from '../../src/serve/worker-messages.js';

export interface BenchPool {
  run(sparql: string, accept: string | undefined, format: string | undefined): Promise<QueryOutcome>;
  /** Worker threads alive now. */
  threads(): number;
  close(): Promise<void>;
}

interface TaskPool {
  run(task: WorkerRequest, options: { signal: AbortSignal }): Promise<WorkerReply>;
  readonly threads: readonly unknown[];
  destroy(): Promise<void>;
}

const FILENAME = new URL('./task-worker.js', import.meta.url).href;

export function createPiscinaQueryPool(options: QueryPoolOptions): BenchPool {
  const setup: WorkerSetup = { nquads: options.nquads, maxResults: options.maxResults, prefixes: options.prefixes };
  const pool = new Piscina({
    filename: FILENAME, workerData: setup, minThreads: options.workers, maxThreads: options.workers, maxQueue: options.maxQueue,
    idleTimeout: 2 ** 31 - 1, resourceLimits: { maxOldGenerationSizeMb: 512 },
    // The default ('sync') waits for tasks with Atomics.wait, which blocks the event loop between tasks: an answer that
    // loads a serialiser with import() then waits for the next task (measured: 16 queries/s, a third of them timed out).
    atomics: 'async',
  });
  return wrap(pool as unknown as TaskPool, options);
}

export function createTinypoolQueryPool(options: QueryPoolOptions): BenchPool {
  const setup: WorkerSetup = { nquads: options.nquads, maxResults: options.maxResults, prefixes: options.prefixes };
  const pool = new Tinypool({
    filename: FILENAME, workerData: setup, minThreads: options.workers, maxThreads: options.workers, maxQueue: options.maxQueue,
    idleTimeout: 2 ** 31 - 1, resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  return wrap(pool as unknown as TaskPool, options);
}

function wrap(pool: TaskPool, options: QueryPoolOptions): BenchPool {
  let nextId = 1;
  return {
    async run(sparql, accept, format) {
      if (findService(sparql)) return { type: 'error', status: 400, message: 'SERVICE is not supported' };
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs);
      try {
        const reply = await pool.run({ id: nextId++, sparql, accept, format }, { signal: controller.signal });
        if (reply.type === 'result') return { type: 'result', contentType: reply.contentType, body: reply.body, truncated: reply.truncated };
        if (reply.type === 'error') return { type: 'error', status: reply.status, message: reply.message };
        return { type: 'error', status: 500, message: 'unexpected reply' };
      } catch (error) {
        if (controller.signal.aborted) return { type: 'error', status: 503, message: `The query ran out of time (${options.timeoutMs} ms)` };
        return { type: 'error', status: 503, message: (error as Error).message };
      } finally {
        clearTimeout(timer);
      }
    },
    threads: () => pool.threads.length,
    close: () => pool.destroy(),
  };
}
