// A query worker answers a query the engine refuses and goes on (issue 15: a SERVICE query made it exit, and the
// queries sent to it next failed with "the query worker stopped").
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerReply, WorkerRequest, WorkerSetup } from '../../src/serve/worker-messages.js';
import { ROOT } from '../helpers/cli.js';

const WORKER = `${ROOT}/dist/serve/query-worker.js`;

describe('A query worker', () => {
  let worker: Worker;
  let exited = false;
  const replies: WorkerReply[] = [];
  const ask = (request: WorkerRequest): Promise<WorkerReply> =>
    new Promise((resolve) => {
      const before = replies.length;
      const check = setInterval(() => {
        if (replies.length > before) {
          clearInterval(check);
          resolve(replies[before] as WorkerReply);
        }
      }, 5);
      worker.postMessage(request);
    });

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build first`);
    const setup: WorkerSetup = { nquads: '<https://a.example/s> <https://a.example/p> "o" .\n', maxResults: 10, prefixes: {} };
    worker = new Worker(WORKER, { workerData: setup });
    worker.on('exit', () => (exited = true));
    await new Promise<void>((resolve) => worker.on('message', (reply: WorkerReply) => (reply.type === 'ready' ? resolve() : replies.push(reply))));
  });
  afterAll(() => worker.terminate());

  it('refuses SERVICE with 400 and answers the next query', async () => {
    const service = await ask({ id: 1, sparql: 'SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }', accept: undefined, format: undefined });
    expect(service).toMatchObject({ type: 'error', id: 1, status: 400 });
    expect(service.type === 'error' && service.retire).toBeFalsy();
    const next = await ask({ id: 2, sparql: 'ASK { ?s ?p "o" }', accept: 'application/sparql-results+json', format: undefined });
    expect(next).toMatchObject({ type: 'result', id: 2, body: '{"head":{},"boolean":true}' });
    expect(exited).toBe(false);
  });
});
