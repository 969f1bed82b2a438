// HTTP authentication: challenges parsed from WWW-Authenticate, and Digest responses checked against the RFCs' examples.
import { describe, expect, it } from 'vitest';
import { basicAuthorization, digestAuthorization } from '../../src/push/http-auth.js';
import { storeEndpointsFor } from '../../src/push/store-layouts.js';
import { parseChallenges } from '../../src/push/www-authenticate.js';

describe('A WWW-Authenticate header', () => {
  it('gives each challenge with its parameters, quoted or not, even several in one header', () => {
    expect(parseChallenges('Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="fb4a", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"')).toEqual([
      { scheme: 'digest', params: { realm: 'SPARQL', domain: '/sparql-graph-crud-auth', nonce: 'fb4a', opaque: '5ebe', stale: 'false', qop: 'auth', algorithm: 'MD5' } },
    ]);
    expect(parseChallenges('Basic realm="a, b", Digest realm=x, qop="auth,auth-int", nonce="n\\"q"')).toEqual([
      { scheme: 'basic', params: { realm: 'a, b' } },
      { scheme: 'digest', params: { realm: 'x', qop: 'auth,auth-int', nonce: 'n"q' } },
    ]);
    expect(parseChallenges('')).toEqual([]);
  });
});

describe('Authorization headers', () => {
  const mufasa = { user: 'Mufasa', password: 'Circle of Life' };
  const rfc7616 = {
    realm: 'http-auth@example.org', qop: 'auth, auth-int', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
  };
  const request = { method: 'GET', uri: '/dir/index.html', nc: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };

  it('answers Digest MD5 and SHA-256 as RFC 7616 §3.9.1 does', () => {
    const md5 = digestAuthorization({ scheme: 'digest', params: { ...rfc7616, algorithm: 'MD5' } }, mufasa, request);
    expect(md5).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(md5).toContain('qop=auth, nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
    const sha = digestAuthorization({ scheme: 'digest', params: { ...rfc7616, algorithm: 'SHA-256' } }, mufasa, request);
    expect(sha).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
  });

  it('answers Digest as RFC 2617 §3.5 does, and without qop as RFC 2069 does', () => {
    const challenge = { scheme: 'digest', params: { realm: 'testrealm@host.com', qop: 'auth', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', opaque: '5ccc069c403ebaf9f0171e9517f40e41' } };
    expect(digestAuthorization(challenge, { user: 'Mufasa', password: 'Circle Of Life' }, { method: 'GET', uri: '/dir/index.html', nc: 1, cnonce: '0a4f113b' }))
      .toContain('response="6629fae49393a05397450978507c4ef1"');
    const legacy = digestAuthorization({ scheme: 'digest', params: { realm: 'r', nonce: 'n' } }, { user: 'u', password: 'p' }, { method: 'PUT', uri: '/x' });
    expect(legacy).not.toContain('qop=');
  });

  it('declines what it cannot answer, and writes Basic as RFC 7617 does', () => {
    expect(digestAuthorization({ scheme: 'digest', params: { nonce: 'n', algorithm: 'SHA-512-256' } }, mufasa, request)).toBeUndefined();
    expect(digestAuthorization({ scheme: 'digest', params: { nonce: 'n', qop: 'auth-int' } }, mufasa, request)).toBeUndefined();
    expect(basicAuthorization({ user: 'Aladdin', password: 'open sesame' })).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});

describe('Known store layouts', () => {
  it('find the query and update endpoints next to a Graph Store endpoint', () => {
    const at = (url: string) => {
      const known = storeEndpointsFor(new URL(url));
      return known && [known.store, known.query.href, known.update.href, known.digest];
    };
    expect(at('http://127.0.0.1:8890/sparql-graph-crud-auth')).toEqual(['Virtuoso', 'http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql-auth', true]);
    expect(at('http://127.0.0.1:8890/sparql-graph-crud')).toEqual(['Virtuoso', 'http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql', true]);
    expect(at('http://127.0.0.1:3030/deai/data')).toEqual(['Apache Jena Fuseki', 'http://127.0.0.1:3030/deai/query', 'http://127.0.0.1:3030/deai/update', false]);
    expect(at('http://127.0.0.1:7200/repositories/deai/rdf-graphs/service')).toEqual(['GraphDB', 'http://127.0.0.1:7200/repositories/deai', 'http://127.0.0.1:7200/repositories/deai/statements', false]);
    expect(at('http://127.0.0.1:7878/store')).toEqual(['Oxigraph server', 'http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', false]);
    expect(at('http://127.0.0.1:9999/elsewhere')).toBeUndefined();
  });
});
