// `deai-kg push` against a small Graph Store + SPARQL Update store on loopback that asks for Basic auth: success in
// one chunk or many, and each way a push fails, always leaving the target graph as it was.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCliAsync as runCli } from '../helpers/cli.js';
import { seedGraph } from '../helpers/seed.js';

const STACK_TRACE = /\n\s+at /;
const BASIC = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;
const TARGET = 'https://example.org/g';
const STAGING = `urn:deai-kg:staging:${encodeURIComponent(TARGET)}`;
const OLD = ['<https://example.org/old> <https://example.org/p> "1" .', '<https://example.org/old> <https://example.org/p> "2" .'];
const HUGE = 50 * 1024 * 1024;

/** Graphs by name, as sets of N-Triples lines. */
const graphs = new Map<string, Set<string>>();
/** Per behaviour: POSTs received, and bytes of the huge error page written before the client hung up. */
const posts = new Map<string, number>();
let hugeWritten = 0;
let server: Server;
let base: string;
let closedPort: number;

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
  });
}

/** Streams HUGE bytes of an error page, stopping when the client goes away. */
function hugeError(res: ServerResponse): void {
  res.writeHead(500, { 'content-type': 'text/plain' });
  const piece = Buffer.alloc(64 * 1024, 'E');
  const more = (): void => {
    while (hugeWritten < HUGE) {
      hugeWritten += piece.length;
      if (!res.write(piece)) return void res.once('drain', more);
    }
    res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  more();
}

/**
 * `/{behaviour}/graph-store` and `/{behaviour}/update`: `ok`; `lossy` stores all but the last line of each POST;
 * `flaky` answers the first POST 503; `refusing` answers the second POST 400 (a syntax error); `huge` answers every
 * POST 500 with a 50 MB page; `noswap` answers the MOVE 500; `hangup` closes the connection on the MOVE.
 */
async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const [, behaviour, endpoint] = url.pathname.split('/');
  const body = await read(req);
  if (!['ok', 'lossy', 'flaky', 'refusing', 'huge', 'noswap', 'hangup'].includes(behaviour ?? '') || !['graph-store', 'update'].includes(endpoint ?? '')) return void res.writeHead(404).end('no such endpoint');
  if (req.headers.authorization !== BASIC) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="test store"' }).end();
  if (endpoint === 'update') {
    const update = new URLSearchParams(body).get('update') ?? '';
    const drop = /^DROP SILENT GRAPH <([^>]+)>$/.exec(update);
    const move = /^MOVE <([^>]+)> TO <([^>]+)>$/.exec(update);
    if (move && behaviour === 'noswap') return void res.writeHead(500).end('out of space');
    if (move && behaviour === 'hangup') return void res.socket?.destroy();
    if (drop) graphs.delete(drop[1] as string);
    else if (move) {
      graphs.set(move[2] as string, graphs.get(move[1] as string) ?? new Set());
      graphs.delete(move[1] as string);
    } else return void res.writeHead(400).end(`cannot do ${update}`);
    return void res.writeHead(204).end();
  }
  const graph = url.searchParams.get('graph') ?? '';
  if (req.method === 'POST') {
    const n = (posts.get(behaviour as string) ?? 0) + 1;
    posts.set(behaviour as string, n);
    if (behaviour === 'flaky' && n === 1) return void res.writeHead(503).end('restarting');
    if (behaviour === 'refusing' && n === 2) return void res.writeHead(400).end('syntax error at line 3 of the data');
    if (behaviour === 'huge') return hugeError(res);
    const lines = body.split('\n').filter((l) => l !== '');
    const stored = graphs.get(graph) ?? new Set<string>();
    for (const line of behaviour === 'lossy' ? lines.slice(0, -1) : lines) stored.add(line);
    graphs.set(graph, stored);
    return void res.writeHead(200).end();
  }
  if (req.method === 'GET' && graphs.has(graph)) return void res.writeHead(200, { 'content-type': 'application/n-triples' }).end([...(graphs.get(graph) as Set<string>)].join('\n'));
  res.writeHead(404).end();
}

const store = (behaviour: string): string[] => ['--endpoint', `${base}/${behaviour}/graph-store`, '--update', `${base}/${behaviour}/update`, '--graph', TARGET];
const alice = ['--user', 'alice', '--password', 's3cret'];

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

beforeEach(() => {
  graphs.clear();
  graphs.set(TARGET, new Set(OLD));
  posts.clear();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('deai-kg push against a Graph Store with Basic auth', () => {
  const triples = seedGraph().quads.length;

  it('sends the graph into a staging graph, counts it by reading it back, and moves it onto the target', async () => {
    const run = await runCli(['push', ...store('ok'), ...alice]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`pushed ${triples} triples to <${TARGET}> at ${base}/ok/graph-store (1 chunk, Basic authentication, swapped in one transaction); the graph holds ${triples} triples (GET ${base}/ok/graph-store)`);
    expect(graphs.get(TARGET)?.size).toBe(triples);
    expect(graphs.get(TARGET)?.has(OLD[0] as string)).toBe(false);
    expect(graphs.has(STAGING)).toBe(false);
  });

  it('sends it in as many chunks as --chunk makes of it, every triple once', async () => {
    const run = await runCli(['push', ...store('ok'), ...alice, '--chunk', '1000']);
    expect(run.status, run.stderr).toBe(0);
    // Chunks are cut between projects once they hold 1,000 triples: at most 8 of the seed's 7,434, each one POST.
    const chunks = Number(/\((\d+) chunks, Basic authentication/.exec(run.stderr)?.[1]);
    expect(chunks).toBeGreaterThanOrEqual(6);
    expect(chunks).toBeLessThanOrEqual(8);
    expect(posts.get('ok')).toBe(chunks);
    expect(graphs.get(TARGET)?.size).toBe(triples);
  });

  it('sends a chunk again when the store fails on the way (503), and says so', async () => {
    const run = await runCli(['push', ...store('flaky'), ...alice]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`deai-kg: warning: chunk 1 failed (${base}/flaky/graph-store answered 503 Service Unavailable: restarting); sending it again in 1 s (try 2 of 4)`);
    expect(run.stderr).toContain('(1 chunk, 1 sent again, Basic authentication');
    expect(graphs.get(TARGET)?.size).toBe(triples);
  });

  it('leaves the target as it was, and says so, when the store refuses a chunk half-way (not sent again)', async () => {
    const run = await runCli(['push', ...store('refusing'), ...alice, '--chunk', '1000']);
    expect(run.status).toBe(1);
    const message = /deai-kg: chunk 2 \(from triple (\d+)\) failed: (.*)/.exec(run.stderr);
    expect(Number(message?.[1])).toBeGreaterThan(1000);
    expect(message?.[2]).toBe(
      `${base}/refusing/graph-store answered 400 Bad Request: syntax error at line 3 of the data. Nothing was replaced: <${TARGET}> holds what it held before; the new triples went to the staging graph <${STAGING}>, which was dropped.`,
    );
    expect(posts.get('refusing')).toBe(2);
    expect([...(graphs.get(TARGET) ?? [])]).toEqual(OLD);
    expect(graphs.has(STAGING)).toBe(false);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('leaves the target as it was when the store holds fewer triples than were sent', async () => {
    const run = await runCli(['push', ...store('lossy'), ...alice]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${base}/lossy/graph-store holds ${triples - 1} of the ${triples} triples sent in the staging graph (counted via GET ${base}/lossy/graph-store)`);
    expect(run.stderr).toContain(`Nothing was replaced: <${TARGET}> holds what it held before`);
    expect([...(graphs.get(TARGET) ?? [])]).toEqual(OLD);
    expect((await runCli(['push', ...store('lossy'), ...alice, '--no-verify'])).status).toBe(0);
  });

  it('leaves the target as it was when the store refuses the swap, and says the outcome is unknown when it hangs up', async () => {
    const refused = await runCli(['push', ...store('noswap'), ...alice]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `deai-kg: the swap (MOVE of the staging graph onto the target) failed: ${base}/noswap/update answered 500 Internal Server Error: out of space. Nothing was replaced: <${TARGET}> holds what it held before`,
    );
    expect([...(graphs.get(TARGET) ?? [])]).toEqual(OLD);
    const hungUp = await runCli(['push', ...store('hangup'), ...alice]);
    expect(hungUp.status).toBe(1);
    expect(hungUp.stderr).toMatch(
      new RegExp(`^deai-kg: the swap \\(MOVE of the staging graph <[^>]+> onto <${TARGET}>\\) got no answer: cannot reach ${base}/hangup/update: .*The store may still be running it: count <${TARGET}> \\(${triples} triples once it is done\\) before pushing again\\.$`, 'm'),
    );
  });

  it('reads at most 64 KiB of an error page and shows its start', async () => {
    hugeWritten = 0;
    const run = await runCli(['push', ...store('huge'), ...alice, '--retries', '0']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`failed: ${base}/huge/graph-store answered 500 Internal Server Error: ${'E'.repeat(300)}…. Nothing was replaced`);
    expect(hugeWritten).toBeLessThan(HUGE / 4);
  });

  it('exits 1 with what to do for a wrong password, a wrong URL and no store at all', async () => {
    const cases: [string[], RegExp][] = [
      [[...store('ok'), '--user', 'alice', '--password', 'wrong'], /refused user "alice" \(Basic authentication failed, realm "test store"\)/],
      [store('ok'), /asks for authentication \(basic, realm "test store"\): give --user and --password/],
      [['--endpoint', `${base}/nowhere/graph-store`, '--update', `${base}/nowhere/update`], /answered 404 Not Found: is it the store's SPARQL Update endpoint\?/],
      [['--endpoint', `http://127.0.0.1:${closedPort}/store`], /cannot reach http:\/\/127\.0\.0\.1:\d+\/update: ECONNREFUSED\. Check the URL/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['push', ...args]);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
    expect([...(graphs.get(TARGET) ?? [])]).toEqual(OLD);
  });

  it('exits 2 for bad usage: no endpoint, not http(s), no update endpoint for an unknown store, a user without a password, credentials in the URL, a relative graph, no chunk size', async () => {
    for (const args of [
      [],
      ['--endpoint', 'ftp://127.0.0.1/store'],
      ['--endpoint', `${base}/ok/graph-store`],
      ['--endpoint', `${base}/ok/graph-store`, '--update', `${base}/ok/update`, '--user', 'alice'],
      ['--endpoint', `${base}/ok/graph-store`, '--update', `${base}/ok/update`, '--password', 'x'],
      ['--endpoint', `http://alice:s3cret@127.0.0.1:${closedPort}/store`],
      [...store('ok'), '--graph', 'not an iri'],
      [...store('ok'), '--chunk', '0'],
      [...store('ok'), '--retries', 'many'],
    ]) {
      const run = await runCli(['push', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^(deai-kg|error): /m);
    }
  });
});
