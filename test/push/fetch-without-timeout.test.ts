// fetchWithoutTimeout carries what authed-fetch reads of a response (status, headers, body) and the request's method,
// headers and body, as fetch does, and honours a timeout signal (the push's chunks go through it). (That it outwaits undici's 300 s limit is shown by npm run bench -- scale's 100k
// push, whose MOVE runs for minutes; a unit test cannot wait that long.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWithoutTimeout } from '../../src/push/fetch-without-timeout.js';

let server: Server;
let base: string;
const seen: { method?: string; auth?: string; body?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, auth: req.headers.authorization, body });
      // The answer comes late, as a store's does after long work.
      setTimeout(() => {
        if (req.url === '/empty') return res.writeHead(204).end();
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.writeHead(401, 'Unauthorized', { 'www-authenticate': 'Digest realm="SPARQL", nonce="n1"', 'content-type': 'text/plain' }).end('go away ✋');
      }, 700);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('fetchWithoutTimeout', () => {
  it('sends the method, headers and body, and gives back status, status text, headers and body', async () => {
    const response = await fetchWithoutTimeout(new URL(`${base}/update`), { method: 'POST', headers: { authorization: 'Digest x', 'content-type': 'application/sparql-update' }, body: 'MOVE <a> TO <b>' });
    expect(seen.at(-1)).toEqual({ method: 'POST', auth: 'Digest x', body: 'MOVE <a> TO <b>' });
    expect([response.status, response.statusText, response.ok]).toEqual([401, 'Unauthorized', false]);
    expect(response.headers.get('www-authenticate')).toBe('Digest realm="SPARQL", nonce="n1"');
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(await response.text()).toBe('go away ✋');
  });

  it('sends bytes as they are and reads an answer with no body', async () => {
    const response = await fetchWithoutTimeout(`${base}/empty`, { method: 'POST', body: new TextEncoder().encode('<s> <p> "é" .\n') });
    expect(seen.at(-1)?.body).toBe('<s> <p> "é" .\n');
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('gives up when its signal times out, rejecting with the signal\'s TimeoutError as fetch does', async () => {
    // The server answers after 700 ms; the signal fires at 200 ms.
    const error = await fetchWithoutTimeout(`${base}/late`, { method: 'POST', body: 'x', signal: AbortSignal.timeout(200) }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('fails as fetch does, with the system error as the cause, when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await fetchWithoutTimeout(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
  });
});
