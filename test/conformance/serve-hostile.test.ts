// `deai-kg serve` against hostile requests (issue 15): SERVICE is refused before it runs and takes no worker down;
// /health tells the truth about the pool and takes only GET and HEAD; a request target is a path, never a host.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServe, startServe } from '../helpers/serve.js';

const PROJECTS = 'SELECT ?p WHERE { ?p a <https://w3id.org/deai/ontology#Project> }';
const SERVICE = 'SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }';

let server: RunningServe;
const at = (path: string): string => `${server.url.replace(/\/$/, '')}${path}`;
const sparql = (query: string): Promise<Response> => fetch(at(`/sparql?query=${encodeURIComponent(query)}`), { headers: { accept: 'application/sparql-results+json' } });

interface Health {
  status: string;
  workers: { configured: number; size: number; ready: number; replaced: number; failed: number };
}
const health = async (): Promise<Health> => (await (await fetch(at('/health'))).json()) as Health;

/** A raw request (fetch refuses TRACE and normalises nothing else we need): status, Allow and body. */
function raw(method: string, path: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(at(path), { method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = await startServe(['--workers', '2']);
});
afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

describe('SERVICE on deai-kg serve', () => {
  it('is refused with 400 before it runs, and the queries around it are all answered by a pool at full size', async () => {
    const services = Array.from({ length: 8 }, () => sparql(SERVICE));
    const innocent = Array.from({ length: 16 }, () => sparql(PROJECTS));
    const refused = await Promise.all(services);
    const answered = await Promise.all(innocent);
    expect(refused.map((r) => r.status)).toEqual(Array(8).fill(400));
    expect(await refused[0]?.text()).toMatch(/^SERVICE is not supported \(line 1, column 18\): this endpoint answers over its own graph only/);
    expect(answered.map((r) => r.status)).toEqual(Array(16).fill(200));
    expect(await health()).toMatchObject({ status: 'ok', workers: { configured: 2, size: 2, ready: 2, replaced: 0, failed: 0 } });
  });

  it('is refused in a POSTed query, in lower case, with SILENT', async () => {
    const response = await fetch(at('/sparql'), { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: 'ASK {\n  service silent <http://127.0.0.1:9/> { ?s ?p ?o } }' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('(line 2, column 3)');
  });
});

describe('/health on deai-kg serve', () => {
  it.each(['PUT', 'DELETE', 'PATCH', 'POST', 'TRACE'])('answers %s with 405 and Allow', async (method) => {
    const response = await raw(method, '/health');
    expect(response.status).toBe(405);
    expect(response.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('answers GET and HEAD with 200', async () => {
    expect((await raw('GET', '/health')).status).toBe(200);
    expect((await raw('HEAD', '/health')).status).toBe(200);
  });
});

describe('The request target on deai-kg serve', () => {
  it('reads //etc/passwd as a path (it was read as host "etc", path "/passwd")', async () => {
    const response = await raw('GET', '//etc/passwd');
    expect(response.status).toBe(404);
    expect(response.body).toBe('Nothing here: <https://w3id.org/deai//etc/passwd> is not in this graph.\n');
  });

  it('reads //sparql as a path, not as host "sparql" with the viewer at its root', async () => {
    expect((await raw('GET', '//sparql')).status).toBe(404);
  });
});
