// `deai-kg push` into a real Virtuoso (Debian's virtuoso-opensource 7.2): chunks into a staging graph with Digest
// auth, a count, a MOVE onto the target; a chunk Virtuoso rejects half-way leaves the target triple for triple as it
// was; --bulk files load through Virtuoso's own bulk loader (isql-vt) and swap in only when complete.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Writer } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/index.js';
import { createAuthedFetch } from '../../src/push/authed-fetch.js';
import { type NTriplesChunk } from '../../src/push/ntriples-chunks.js';
import { pushGraph, stagingGraphFor } from '../../src/push/push-graph.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { runCliAsync as runCli } from '../helpers/cli.js';
import { seedGraph } from '../helpers/seed.js';
import { type RunningVirtuoso, startVirtuoso } from '../helpers/virtuoso.js';

const GRAPH = 'https://w3id.org/deai/dataset';
const STACK_TRACE = /\n\s+at /;
let virtuoso: RunningVirtuoso;
const crud = (): string => `${virtuoso.url}sparql-graph-crud-auth`;

/** The graph as Virtuoso holds it, through its public /sparql (no auth needed to read). */
async function readBack(graph: string) {
  const sparql = `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
  const response = await fetch(`${virtuoso.url}sparql?query=${encodeURIComponent(sparql)}`, { headers: { accept: 'text/plain' } });
  expect(response.status).toBe(200);
  return new Parser({ format: 'application/n-triples' }).parse(await response.text());
}

/** The triples in a graph, counted by Virtuoso. */
async function count(graph: string): Promise<number> {
  const sparql = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
  const response = await fetch(`${virtuoso.url}sparql?query=${encodeURIComponent(sparql)}`, { headers: { accept: 'application/sparql-results+json' } });
  const json = (await response.json()) as { results: { bindings: { n: { value: string } }[] } };
  return Number(json.results.bindings[0]?.n.value);
}

beforeAll(async () => {
  virtuoso = await startVirtuoso();
}, 120_000);

afterAll(async () => {
  if (virtuoso) await virtuoso.stop();
}, 60_000);

describe('deai-kg push into Virtuoso', () => {
  it('puts the whole graph in the named graph, through Digest authentication, and checks the count', async () => {
    const run = await runCli(['push', '--endpoint', crud(), '--user', 'dba', '--password', 'dba']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const triples = seedGraph().quads.length;
    expect(run.stderr).toContain(`pushed ${triples} triples to <${GRAPH}> at ${crud()} (1 chunk, Digest authentication, swapped in one transaction)`);
    expect(run.stderr).toContain(`the graph holds ${triples} triples (SPARQL COUNT at ${virtuoso.url}sparql (Virtuoso))`);
    expect(await isomorphic(await readBack(GRAPH), [...seedGraph().quads])).toBe(true);
    expect(await count(stagingGraphFor(GRAPH))).toBe(0);
  });

  it('replaces the graph on a second push rather than adding to it, in chunks', async () => {
    const small = 'test/fixtures/xss-survey.md';
    const run = await runCli(['push', small, '--endpoint', crud(), '--user', 'dba', '--graph', 'https://example.org/replaced'], { DEAI_KG_PASSWORD: 'dba' });
    expect(run.status, run.stderr).toBe(0);
    const again = await runCli(['push', small, '--endpoint', crud(), '--user', 'dba', '--graph', 'https://example.org/replaced', '--chunk', '10'], { DEAI_KG_PASSWORD: 'dba' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/\(\d+ chunks, Digest authentication/);
    const expected = buildGraph(readFileSync(small, 'utf8'), { file: small }).quads;
    expect(await isomorphic(await readBack('https://example.org/replaced'), [...expected])).toBe(true);
  });

  it('pushes the ontology too with --with-ontology', async () => {
    const run = await runCli(['push', '--endpoint', crud(), '--user', 'dba', '--password', 'dba', '--graph', 'https://example.org/with-ontology', '--with-ontology']);
    expect(run.status, run.stderr).toBe(0);
    const lines = new Set(new Writer({ format: 'N-Triples' }).quadsToString([...seedGraph().quads, ...seedGraph().ontology.quads]).split('\n').filter((l) => l !== ''));
    const expected = new Parser({ format: 'application/n-triples' }).parse([...lines].join('\n'));
    expect(run.stderr).toContain(`the graph holds ${expected.length} triples`);
    expect(await isomorphic(await readBack('https://example.org/with-ontology'), expected)).toBe(true);
  });

  it('leaves the previous graph triple for triple, and says so, when Virtuoso rejects a chunk half-way', async () => {
    const before = await count(GRAPH);
    expect(before).toBe(seedGraph().quads.length);
    const lines = new Writer({ format: 'N-Triples' }).quadsToString([...seedGraph().quads]).split('\n').filter((l) => l !== '');
    const chunk = (index: number, text: string): NTriplesChunk => ({ index, bytes: Buffer.from(text), triples: text.split('\n').filter((l) => l !== '').length });
    // The second chunk breaks at its line 446: Virtuoso refuses it with a 500, after the first went into the staging graph.
    const broken = [...lines.slice(3000, 3445), '<https://example.org/s> <https://example.org/p "unterminated IRI" .', ...lines.slice(3446, 6000)].join('\n');
    const warnings: string[] = [];
    const push = pushGraph({
      fetch: createAuthedFetch({ credentials: { user: 'dba', password: 'dba' }, timeoutMs: 60_000 }),
      graphStore: new URL(crud()),
      update: new URL(`${virtuoso.url}sparql-auth`),
      query: new URL(`${virtuoso.url}sparql`),
      graph: GRAPH,
      chunks: [chunk(0, lines.slice(0, 3000).join('\n')), chunk(1, broken), chunk(2, lines.slice(6000).join('\n'))],
      retryDelayMs: 10,
      warn: (m) => warnings.push(m),
    });
    await expect(push).rejects.toThrow(
      new RegExp(
        `^chunk 2 \\(from triple 3001\\) failed: ${crud()} answered 500 Request Failed: .*SP029: TURTLE RDF loader, line 446: Invalid characters in angle-bracketed name.*\\. Nothing was replaced: <${GRAPH}> holds what it held before; the new triples went to the staging graph <${stagingGraphFor(GRAPH)}>, which was dropped\\.$`,
      ),
    );
    expect(warnings).toEqual([]); // a refusal of the data is not sent again
    expect(await count(GRAPH)).toBe(before);
    expect(await isomorphic(await readBack(GRAPH), [...seedGraph().quads])).toBe(true);
    expect(await count(stagingGraphFor(GRAPH))).toBe(0);
  });

  it('fails with exit 1 and says why when the password is wrong or missing, and leaves the graph as it was', async () => {
    const wrong = await runCli(['push', '--endpoint', crud(), '--user', 'dba', '--password', 'not-dba']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/refused user "dba" \(Digest authentication failed, realm "SPARQL"\): check --user and --password/);
    expect(wrong.stderr).not.toMatch(STACK_TRACE);
    const none = await runCli(['push', '--endpoint', crud()]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/asks for authentication \(digest, realm "SPARQL"\): give --user and --password/);
    expect((await readBack(GRAPH)).length).toBe(seedGraph().quads.length);
  });
});

describe('deai-kg push --bulk for Virtuoso\'s bulk loader', () => {
  const BULK_GRAPH = 'https://example.org/bulk';
  const isql = (script: string) => spawnSync('isql-vt', [`127.0.0.1:${virtuoso.sqlPort}`, 'dba', 'dba', script], { encoding: 'utf8', timeout: 120_000 });

  it('writes gzip\'d N-Triples and a load.sql that loads them into the graph with the exact count', async () => {
    const dir = join(virtuoso.dir, 'bulk');
    const run = await runCli(['push', '--bulk', dir, '--graph', BULK_GRAPH, '--with-ontology']);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['deai-0001.nt.gz', 'load.sql']);
    const triples = seedGraph().quads.length + seedGraph().ontology.quads.length;
    expect(run.stderr).toContain(`deai-kg: ${triples} triples in 1 file → ${dir}; load them into <${BULK_GRAPH}> with: isql-vt 1111 dba PASSWORD ${dir}/load.sql`);
    const loaded = isql(join(dir, 'load.sql'));
    expect(loaded.stdout + loaded.stderr).not.toMatch(/\*\*\* Error/);
    expect(loaded.stdout).toContain(`deai-kg: <${BULK_GRAPH}> holds ${triples} triples`);
    expect(await count(BULK_GRAPH)).toBe(triples);
  });

  it('leaves the graph as it was when a file does not load', async () => {
    const dir = join(virtuoso.dir, 'bulk');
    const before = await count(BULK_GRAPH);
    writeFileSync(join(dir, 'deai-0001.nt.gz'), 'not gzip at all');
    const loaded = isql(join(dir, 'load.sql'));
    expect(loaded.stdout + loaded.stderr).toMatch(new RegExp(`\\*\\*\\* Error 22023: .*deai-kg: loaded 0 of ${before} triples \\(1 file\\(s\\) failed, see DB\\.DBA\\.load_list\\); <${BULK_GRAPH}> was left as it was`));
    expect(await count(BULK_GRAPH)).toBe(before);
    expect(await count(stagingGraphFor(BULK_GRAPH))).toBe(0);
  });
});
