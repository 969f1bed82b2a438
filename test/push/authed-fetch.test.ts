// The authenticated client against stores played by a fetch stand-in: what goes out on the wire, and when it refuses
// (Basic over plain http:// to another host) or warns (Basic where Digest was expected).
import { describe, expect, it } from 'vitest';
import { createAuthedFetch, isLoopback } from '../../src/push/authed-fetch.js';

const credentials = { user: 'alice', password: 's3cret' };
const BASIC = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;
const DIGEST_CHALLENGE = 'Digest realm="SPARQL", nonce="n1", qop="auth", algorithm="MD5"';

interface Sent {
  readonly url: string;
  readonly authorization: string | undefined;
}

/**
 * A store that asks each unauthenticated request for what `challenges` says next (one header per 401, the last one
 * repeated) and accepts any request that carries an Authorization header unless `refuse` says otherwise.
 */
function store(challenges: string[], refuse: (authorization: string) => string | undefined = () => undefined) {
  const sent: Sent[] = [];
  let next = 0;
  const fetchImpl = (async (url: URL, init: RequestInit) => {
    const authorization = (init.headers as Record<string, string>).authorization;
    sent.push({ url: url.href, authorization });
    const challenge = challenges[Math.min(next, challenges.length - 1)] as string;
    if (authorization === undefined) {
      next++;
      return new Response('', { status: 401, headers: { 'www-authenticate': challenge } });
    }
    const again = refuse(authorization);
    if (again !== undefined) return new Response('', { status: 401, headers: { 'www-authenticate': again } });
    return new Response('ok', { status: 200 });
  }) as typeof fetch;
  return { sent, fetchImpl };
}

describe('The authenticated client', () => {
  it('refuses to send Basic credentials over plain http:// to a host that is not this machine, and sends nothing', async () => {
    const { sent, fetchImpl } = store(['Basic realm="store"']);
    const authed = createAuthedFetch({ credentials, timeoutMs: 1000 }, fetchImpl);
    await expect(authed(new URL('http://store.example/data'), { method: 'GET' })).rejects.toThrow(
      'http://store.example/data asks for Basic authentication over plain http://, which would send the password readable to anyone on the way. Use an https:// URL, or give --insecure-http if the network in between is trusted.',
    );
    expect(sent).toEqual([{ url: 'http://store.example/data', authorization: undefined }]);
  });

  it('sends Basic over http:// to another host with insecureHttp, over https:// and to loopback', async () => {
    for (const [url, insecureHttp] of [['http://store.example/data', true], ['https://store.example/data', false], ['http://127.0.0.1:8890/data', false], ['http://localhost/data', false]] as const) {
      const { sent, fetchImpl } = store(['Basic realm="store"']);
      const response = await createAuthedFetch({ credentials, timeoutMs: 1000, insecureHttp }, fetchImpl)(new URL(url), { method: 'GET' });
      expect(response.auth, url).toBe('basic');
      expect(sent.map((s) => s.authorization), url).toEqual([undefined, BASIC]);
    }
  });

  it('answers later requests to the same origin at once, without another 401 (a large body goes out once)', async () => {
    const { sent, fetchImpl } = store([DIGEST_CHALLENGE]);
    const authed = createAuthedFetch({ credentials, timeoutMs: 1000 }, fetchImpl);
    await authed(new URL('http://127.0.0.1:8890/sparql-auth'), { method: 'POST', body: 'update=x' });
    await authed(new URL('http://127.0.0.1:8890/sparql-graph-crud-auth?graph=g'), { method: 'POST', body: 'chunk' });
    expect(sent.map((s) => s.authorization?.match(/^(\w+).*\bnc=(\d+)/)?.slice(1).join(' ') ?? 'none')).toEqual(['none', 'Digest 00000001', 'Digest 00000002']);
    expect(sent[2]?.authorization).toContain('uri="/sparql-graph-crud-auth?graph=g"');
  });

  it('answers a new challenge once when the Digest nonce went stale, and reports refused credentials', async () => {
    const stale = 'Digest realm="SPARQL", nonce="n2", qop="auth", stale=true';
    const { sent, fetchImpl } = store([DIGEST_CHALLENGE], (authorization) => (authorization.includes('nonce="n1"') ? stale : undefined));
    const response = await createAuthedFetch({ credentials, timeoutMs: 1000 }, fetchImpl)(new URL('http://127.0.0.1/x'), { method: 'GET' });
    expect(response.auth).toBe('digest');
    expect(sent.map((s) => /nonce="(\w+)"/.exec(s.authorization ?? '')?.[1] ?? 'none')).toEqual(['none', 'n1', 'n2']);

    const refusing = store([DIGEST_CHALLENGE], () => DIGEST_CHALLENGE);
    await expect(createAuthedFetch({ credentials, timeoutMs: 1000 }, refusing.fetchImpl)(new URL('http://127.0.0.1/x'), { method: 'GET' })).rejects.toThrow(
      'http://127.0.0.1/x refused user "alice" (Digest authentication failed, realm "SPARQL"): check --user and --password',
    );
  });

  it('warns when a store known to ask for Digest, or one that offered Digest earlier in the run, offers only Basic', async () => {
    const warnings: string[] = [];
    const known = store(['Basic realm="SPARQL"']);
    await createAuthedFetch({ credentials, timeoutMs: 1000, expectDigest: true, warn: (m) => warnings.push(m) }, known.fetchImpl)(new URL('https://virtuoso.example/sparql-auth'), { method: 'GET' });
    expect(warnings).toEqual([
      'https://virtuoso.example/sparql-auth offers only Basic authentication where Digest was expected: the password now travels with every request. Check that nothing between you and the store rewrites its answers.',
    ]);

    warnings.length = 0;
    const downgrading = store([DIGEST_CHALLENGE, 'Basic realm="SPARQL"'], (authorization) => (authorization.startsWith('Digest') && !authorization.includes('nc=00000001') ? 'Basic realm="SPARQL"' : undefined));
    const authed = createAuthedFetch({ credentials, timeoutMs: 1000, warn: (m) => warnings.push(m) }, downgrading.fetchImpl);
    expect((await authed(new URL('https://store.example/a'), { method: 'GET' })).auth).toBe('digest');
    expect((await authed(new URL('https://store.example/b'), { method: 'GET' })).auth).toBe('basic');
    expect(warnings).toEqual([
      'https://store.example/b offers only Basic authentication where Digest was expected (it offered Digest earlier in this run): the password now travels with every request. Check that nothing between you and the store rewrites its answers.',
    ]);
  });

  it('tells loopback hosts from others', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'db.localhost']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['store.example', '10.0.0.1', '128.0.0.1', '[::2]', 'localhost.example', '0.0.0.0']) expect(isLoopback(host), host).toBe(false);
  });
});
