// `deai-kg query --endpoint` and `table --endpoint` against a real Virtuoso (Debian's virtuoso-opensource 7.2) that
// `deai-kg push --with-ontology` filled: every bundled question answers there as in-process, in every format, with
// the same predeclared prefixes; the table rebuilt there equals the one rebuilt in-process; errors say what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledQueries } from '../../src/node/named-queries.js';
import { resultToJson } from '../../src/sparql/format-results.js';
import { query } from '../../src/sparql/query-graph.js';
import { runCliAsync as runCli, STACK_TRACE } from '../helpers/cli.js';
import { seedGraph } from '../helpers/seed.js';
import { type RunningVirtuoso, startVirtuoso } from '../helpers/virtuoso.js';

const GRAPH = 'https://example.org/deai';
let virtuoso: RunningVirtuoso;
const remote = (): string[] => ['--endpoint', `${virtuoso.url}sparql`, '--graph', GRAPH];

interface JsonResults {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, Record<string, string>>[] };
}

/**
 * Oxigraph keeps the language tag its parts share on a GROUP_CONCAT, Virtuoso returns the concatenation as a plain
 * string: the same text. Those variables are compared without the tag.
 */
function withoutGroupConcatTags(sparql: string, json: JsonResults): JsonResults {
  const concatenated = new Set([...sparql.matchAll(/GROUP_CONCAT\([^)]*\)\s+AS\s+\?(\w+)/gi)].map((m) => m[1]));
  for (const row of json.results?.bindings ?? []) {
    for (const name of concatenated) if (row[name as string]) delete row[name as string]?.['xml:lang'];
  }
  return json;
}

beforeAll(async () => {
  virtuoso = await startVirtuoso();
  const push = await runCli(['push', '--endpoint', `${virtuoso.url}sparql-graph-crud-auth`, '--user', 'dba', '--password', 'dba', '--graph', GRAPH, '--with-ontology', '-q']);
  expect(push.status, push.stderr).toBe(0);
}, 180_000);

afterAll(async () => {
  if (virtuoso) await virtuoso.stop();
}, 60_000);

describe('deai-kg query --endpoint on Virtuoso', () => {
  it('answers every bundled question as in-process, row for row and in the same order', { timeout: 300_000 }, async () => {
    const questions = bundledQueries();
    expect(questions).toHaveLength(16);
    const runs: Awaited<ReturnType<typeof runCli>>[] = [];
    for (let i = 0; i < questions.length; i += 2) runs.push(...(await Promise.all(questions.slice(i, i + 2).map((q) => runCli(['query', q.name, '-f', 'json', ...remote()])))));
    for (const [i, question] of questions.entries()) {
      const run = runs[i] as (typeof runs)[number];
      expect(run.status, `${question.name}: ${run.stderr}`).toBe(0);
      const local = JSON.parse(resultToJson((await query(seedGraph(), question.sparql)) as Parameters<typeof resultToJson>[0])) as JsonResults;
      expect(local.results?.bindings.length, question.name).toBeGreaterThan(0);
      expect(withoutGroupConcatTags(question.sparql, JSON.parse(run.stdout) as JsonResults), question.name).toEqual(withoutGroupConcatTags(question.sparql, local));
    }
  });

  it('gives the same table, CSV and N-Triples as in-process', { timeout: 180_000 }, async () => {
    for (const args of [
      ['projects-per-stage'],
      ['uncertain-assumptions', '-f', 'csv'],
      ['PREFIX deai: <https://w3id.org/deai/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p deai:reliesOn deai:Staking ; rdfs:label ?n }', '-f', 'nt'],
    ]) {
      const [here, there] = await Promise.all([runCli(['query', ...args, '-q']), runCli(['query', ...args, ...remote()])]);
      expect(there.status, there.stderr).toBe(0);
      expect(there.stdout, args.join(' ')).toBe(here.stdout);
      expect(there.stdout.length).toBeGreaterThan(100);
    }
  });

  it('predeclares the same prefixes: the vocabularies and the instance bases', async () => {
    // Bittensor's row (data/sok-deai-README.md:39) marks Task Creation, Training and Application ●.
    const run = await runCli(['query', 'SELECT ?stage WHERE { project:bittensor deai:coversStage/skos:prefLabel ?stage } ORDER BY ?stage', '-f', 'csv', ...remote()]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('stage\r\nApplication\r\nTask Proposing\r\nTraining\r\n');
  });

  it('exits 2 at the line of a syntax error and for an update, 1 when the store cuts the answer or cannot be reached', { timeout: 180_000 }, async () => {
    // Refused by Virtuoso with a 400, then explained as in-process: the same message at the same place.
    const [syntax, here] = await Promise.all([runCli(['query', 'SELECT ?s\nWHERE { ?s ?p }', ...remote()]), runCli(['query', 'SELECT ?s\nWHERE { ?s ?p }'])]);
    expect(syntax.status).toBe(2);
    expect(syntax.stderr).toMatch(/^<query>:2:15: error: .* \[sparql\/syntax\]/);
    expect(syntax.stderr).toBe(here.stderr);
    const update = await runCli(['query', `DROP GRAPH <${GRAPH}>`, ...remote()]);
    expect(update.status).toBe(2);
    expect(update.stderr).toContain('[sparql/update-refused]');
    // Without --graph the default graph is every graph in the store: more rows than Virtuoso sends (10,000).
    const cut = await runCli(['query', 'SELECT * WHERE { ?s ?p ?o }', '--endpoint', `${virtuoso.url}sparql`]);
    expect(cut.status).toBe(1);
    expect(cut.stderr).toBe(`deai-kg: ${virtuoso.url}sparql cut the answer at 10000 rows (Virtuoso's ResultSetMaxRows): ask for fewer with LIMIT and OFFSET, or raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini\n`);
    const nowhere = await runCli(['query', 'projects-per-stage', '--endpoint', `${virtuoso.url}nowhere`]);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatch(/nowhere answered 404 .*: is it the store's SPARQL query endpoint\?/);
    for (const run of [syntax, update, cut, nowhere]) expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 for --graph without --endpoint, and for --endpoint with --data', async () => {
    expect((await runCli(['query', 'projects-per-stage', '--graph', GRAPH])).status).toBe(2);
    expect((await runCli(['query', 'projects-per-stage', '--data', 'ontology/deai.ttl', ...remote()])).status).toBe(2);
  });
});

describe('deai-kg table --endpoint on Virtuoso', () => {
  it('rebuilds the overview table there exactly as in-process', { timeout: 120_000 }, async () => {
    const [here, there] = await Promise.all([runCli(['table', '-q']), runCli(['table', ...remote()])]);
    expect(there.status, there.stderr).toBe(0);
    expect(there.stdout).toBe(here.stdout);
    expect(there.stdout.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(54); // header, rule, the 52 rows of data/sok-deai-README.md:39-90
  });
});
