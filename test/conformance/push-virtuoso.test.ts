// `deai-kg push` into a real Virtuoso (Debian's virtuoso-opensource): Graph Store PUT with Digest auth, read back whole.
import { Parser, Writer } from 'n3';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/index.js';
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
    expect(run.stderr).toContain(`pushed ${triples} triples to <${GRAPH}>`);
    expect(run.stderr).toContain('Digest authentication');
    expect(run.stderr).toContain(`the graph holds ${triples} triples (SPARQL COUNT at ${virtuoso.url}sparql (Virtuoso))`);
    expect(await isomorphic(await readBack(GRAPH), [...seedGraph().quads])).toBe(true);
  });

  it('replaces the graph on a second push rather than adding to it', async () => {
    const small = 'test/fixtures/xss-survey.md';
    const run = await runCli(['push', small, '--endpoint', crud(), '--user', 'dba', '--graph', 'https://example.org/replaced'], { DEAI_KG_PASSWORD: 'dba' });
    expect(run.status, run.stderr).toBe(0);
    const again = await runCli(['push', small, '--endpoint', crud(), '--user', 'dba', '--graph', 'https://example.org/replaced'], { DEAI_KG_PASSWORD: 'dba' });
    expect(again.status, again.stderr).toBe(0);
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
