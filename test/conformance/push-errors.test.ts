// `deai-kg push` against a small Graph Store on loopback that asks for Basic auth: success, and each way a push fails.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync as runCli } from '../helpers/cli.js';
import { seedGraph } from '../helpers/seed.js';

const STACK_TRACE = /\n\s+at /;
const BASIC = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;

/** Graphs by name, as N-Triples text; `/drop-one` keeps all but the last line (a store that loses a triple). */
const graphs = new Map<string, string>();
let server: Server;
let base: string;
/** A loopback port nothing listens on (bound once, then released). */
let closedPort: number;

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await read(req);
    if (url.pathname === '/broken') return res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal error</h1><p>disk full</p>');
    if (url.pathname !== '/graph-store' && url.pathname !== '/drop-one') return res.writeHead(404).end('no such endpoint');
    if (req.headers.authorization !== BASIC) return res.writeHead(401, { 'www-authenticate': 'Basic realm="test store"' }).end();
    const graph = url.searchParams.get('graph') ?? '';
    if (req.method === 'PUT') {
      const lines = body.split('\n').filter((l) => l !== '');
      graphs.set(graph, (url.pathname === '/drop-one' ? lines.slice(0, -1) : lines).join('\n'));
      return res.writeHead(graphs.has(graph) ? 204 : 201).end();
    }
    if (req.method === 'GET' && graphs.has(graph)) return res.writeHead(200, { 'content-type': 'application/n-triples' }).end(graphs.get(graph));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('deai-kg push against a Graph Store with Basic auth', () => {
  it('puts the graph, answering the Basic challenge, and counts by reading the graph back', async () => {
    const run = await runCli(['push', '--endpoint', `${base}/graph-store`, '--user', 'alice', '--password', 's3cret', '--graph', 'https://example.org/g']);
    expect(run.status, run.stderr).toBe(0);
    const triples = seedGraph().quads.length;
    expect(run.stderr).toContain(`pushed ${triples} triples to <https://example.org/g>`);
    expect(run.stderr).toContain('Basic authentication');
    expect(run.stderr).toContain(`the graph holds ${triples} triples (GET ${base}/graph-store)`);
    expect(graphs.get('https://example.org/g')?.split('\n')).toHaveLength(triples);
  });

  it('exits 1 when the store holds another number of triples afterwards', async () => {
    const run = await runCli(['push', '--endpoint', `${base}/drop-one`, '--user', 'alice', '--password', 's3cret', '--graph', 'https://example.org/lossy']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`pushed ${seedGraph().quads.length} triples to <https://example.org/lossy>, but ${base}/drop-one now holds ${seedGraph().quads.length - 1} there`);
    expect((await runCli(['push', '--endpoint', `${base}/drop-one`, '--user', 'alice', '--password', 's3cret', '--graph', 'https://example.org/lossy', '--no-verify'])).status).toBe(0);
  });

  it('exits 1 with what to do for a wrong password, a wrong URL, a failing store, and no store at all', async () => {
    const cases: [string[], RegExp][] = [
      [['--endpoint', `${base}/graph-store`, '--user', 'alice', '--password', 'wrong'], /refused user "alice" \(Basic authentication failed, realm "test store"\)/],
      [['--endpoint', `${base}/graph-store`], /asks for authentication \(basic, realm "test store"\): give --user and --password/],
      [['--endpoint', `${base}/nowhere`], /answered 404 Not Found: is it the store's Graph Store endpoint\?/],
      [['--endpoint', `${base}/broken`], /answered 500 Internal Server Error: Internal error disk full/],
      [['--endpoint', `http://127.0.0.1:${closedPort}/graph-store`], /cannot reach http:\/\/127\.0\.0\.1:\d+\/graph-store: ECONNREFUSED\. Check the URL/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['push', ...args]);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('exits 2 for bad usage: no endpoint, not http(s), a user without a password, credentials in the URL, a relative graph', async () => {
    for (const args of [
      [],
      ['--endpoint', 'ftp://127.0.0.1/store'],
      ['--endpoint', `${base}/graph-store`, '--user', 'alice'],
      ['--endpoint', `${base}/graph-store`, '--password', 'x'],
      ['--endpoint', `http://alice:s3cret@127.0.0.1:${closedPort}/graph-store`],
      ['--endpoint', `${base}/graph-store`, '--graph', 'not an iri'],
    ]) {
      const run = await runCli(['push', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^deai-kg: /m);
    }
  });
});
