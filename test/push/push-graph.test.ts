// pushGraph against a store played by a fetch stand-in: an IRI that is not one is refused before it is sent, and the
// staging graph is dropped, so the target never sees it.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import type { AuthedFetch } from '../../src/push/authed-fetch.js';
import { groupsToNTriplesChunks } from '../../src/push/ntriples-chunks.js';
import { pushGraph, stagingGraphFor } from '../../src/push/push-graph.js';

const { namedNode, quad } = DataFactory;
const t = (s: string, o: string) => quad(namedNode(s), namedNode('https://x.example/p'), namedNode(o));
const TARGET = 'https://example.org/g';
const INJECTED = 'https://x.example/a>.<https://w3id.org/deai/project/flock><http://www.w3.org/1999/02/22-rdf-syntax-ns#type><https://evil.example/Malware>.<https://x.example/s';

describe('pushGraph', () => {
  it('refuses an IRI that is not one before sending it, drops the staging graph and says the target is untouched', async () => {
    const sent: { method: string; url: string; body: string }[] = [];
    const fetch: AuthedFetch = async (url, request) => {
      sent.push({ method: request.method, url: url.href, body: typeof request.body === 'string' ? request.body : Buffer.from(request.body ?? '').toString() });
      return { response: new Response(null, { status: 204 }), auth: 'none' };
    };
    const warnings: string[] = [];
    const groups = [[t('https://x.example/ok', 'https://x.example/o')], [t('https://x.example/bad', INJECTED)]];
    const push = pushGraph({
      fetch,
      graphStore: new URL('http://127.0.0.1:1/store'),
      update: new URL('http://127.0.0.1:1/update'),
      graph: TARGET,
      chunks: groupsToNTriplesChunks(groups, 1),
      warn: (m) => warnings.push(m),
    });
    await expect(push).rejects.toMatchObject({ name: 'InvalidIriError' });
    expect(sent.some((s) => s.body.includes('evil.example'))).toBe(false);
    expect(sent.map((s) => s.method)).toEqual(['POST', 'POST', 'POST']); // drop the staging graph, the first chunk, drop it again
    expect(new URLSearchParams(sent.at(-1)?.body).get('update')).toBe(`DROP SILENT GRAPH <${stagingGraphFor(TARGET)}>`);
    expect(warnings).toEqual([
      `the push stopped. Nothing was replaced: <${TARGET}> holds what it held before; the new triples went to the staging graph <${stagingGraphFor(TARGET)}>, which was dropped.`,
    ]);
  });
});
