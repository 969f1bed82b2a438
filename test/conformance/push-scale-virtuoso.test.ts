// `deai-kg push` at scale into a real Virtuoso (Debian's virtuoso-opensource 7.2): a 20,000-project survey (2.8M
// triples, past the size at which the graph fits in one string) streams in chunks with bounded memory, a push killed
// mid-way leaves the previous graph exactly as it was, and `query --endpoint` / `table --endpoint` answer there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSurvey } from '../../bench/synthetic-survey.js';
import { bundledQueries } from '../../src/node/named-queries.js';
import { stagingGraphFor } from '../../src/push/push-graph.js';
import { CLI, ROOT, runCliAsync as runCli } from '../helpers/cli.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';
import { type RunningVirtuoso, startVirtuoso } from '../helpers/virtuoso.js';
import { Parser } from 'n3';

const GRAPH = 'https://example.org/scale';
const STAGING = stagingGraphFor(GRAPH);
const PROJECTS = 20_000;
/** What a push of 20k projects may use at its peak (measured: about 290 MB; the build alone about 225 MB). */
const RSS_BOUND_KB = 400 * 1024;

let virtuoso: RunningVirtuoso;
let dir: string;
let survey: string;
let survey20k: string;

async function select(sparql: string): Promise<Record<string, { value: string }>[]> {
  const response = await fetch(`${virtuoso.url}sparql`, {
    method: 'POST',
    headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query: sparql }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings;
}

async function count(graph: string): Promise<number> {
  return Number((await select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`))[0]?.n?.value);
}

const pushArgs = (source: string): string[] => ['push', source, '--endpoint', `${virtuoso.url}sparql-graph-crud-auth`, '--user', 'dba', '--password', 'dba', '--graph', GRAPH, '--with-ontology'];

beforeAll(async () => {
  // Rows up to a million per answer: the table's queries read 300,000 at 20k projects (Virtuoso's default is 10,000).
  virtuoso = await startVirtuoso(120_000, { SPARQL: { ResultSetMaxRows: 1_000_000 } });
  dir = mkdtempSync(join(tmpdir(), 'deai-kg-push-scale-'));
  survey20k = syntheticSurvey(PROJECTS);
  survey = join(dir, 'survey-20k.md');
  writeFileSync(survey, survey20k);
}, 180_000);

afterAll(async () => {
  if (virtuoso) await virtuoso.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('deai-kg push of 20,000 projects into Virtuoso', () => {
  it('leaves the previous graph triple for triple when the push is killed mid-way', { timeout: 600_000 }, async () => {
    const first = await runCli(pushArgs('data/sok-deai-README.md'));
    expect(first.status, first.stderr).toBe(0);
    const before = await count(GRAPH);
    expect(before).toBe(seedGraph().quads.length + seedGraph().ontology.quads.length);

    const child = spawn(process.execPath, [CLI, ...pushArgs(survey), '-q'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let staged = 0;
    for (let tries = 0; staged === 0 && tries < 2400 && child.exitCode === null; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      staged = await count(STAGING);
    }
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    expect(staged).toBeGreaterThan(0); // it was killed with part of the new graph sent

    expect(await count(GRAPH)).toBe(before);
    const sparql = `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${GRAPH}> { ?s ?p ?o } }`;
    const response = await fetch(`${virtuoso.url}sparql?query=${encodeURIComponent(sparql)}`, { headers: { accept: 'text/plain' } });
    const held = new Parser({ format: 'application/n-triples' }).parse(await response.text());
    expect(await isomorphic(held, [...seedGraph().quads, ...seedGraph().ontology.quads])).toBe(true);
  });

  it('streams the whole graph in with bounded memory, drops what the killed push left, and checks the count', { timeout: 900_000 }, async () => {
    const run = await timed(pushArgs(survey));
    expect(run.status, run.stderr).toBe(0);
    const pushed = /pushed (\d+) triples to <[^>]+> at \S+ \((\d+) chunks, Digest authentication, swapped in the store's autocommit mode\); the graph holds (\d+) triples \(SPARQL COUNT at /.exec(run.stderr);
    expect(pushed, run.stderr).not.toBeNull();
    const triples = Number(pushed?.[1]);
    expect(Number(pushed?.[3])).toBe(triples);
    expect(run.stderr).toContain(`Virtuoso cannot move ${triples} triples in one transaction, so the swap ran in its autocommit mode`);

    // Counted by Virtuoso, against what the graph says of itself: its VoID triple count (data) plus the ontology.
    expect(await count(GRAPH)).toBe(triples);
    expect(await count(STAGING)).toBe(0);
    const [described] = await select(`SELECT ?n WHERE { GRAPH <${GRAPH}> { <https://w3id.org/deai/dataset> <http://rdfs.org/ns/void#triples> ?n } }`);
    expect(Number(described?.n?.value) + seedGraph().ontology.quads.length).toBe(triples);
    expect(triples).toBeGreaterThan(2_700_000);
    // 20,000 table rows and, by the generator's rule (one per thousand), 20 projects listed only in the sections.
    const [projects] = await select(`SELECT (COUNT(?p) AS ?n) WHERE { GRAPH <${GRAPH}> { ?p a <https://w3id.org/deai/ontology#Project> } }`);
    expect(projects?.n?.value).toBe('20020');

    expect(run.peakRssKb, `peak RSS ${run.peakRssKb} kB`).toBeLessThan(RSS_BOUND_KB);
    process.stderr.write(`push of ${PROJECTS} projects (${triples} triples, ${pushed?.[2]} chunks): peak RSS ${Math.round(run.peakRssKb / 1024)} MB\n`);
  });

  it('answers every bundled question there with query --endpoint, as the survey\'s own table has it', { timeout: 900_000 }, async () => {
    const remote = ['--endpoint', `${virtuoso.url}sparql`, '--graph', GRAPH];
    const answers = new Map<string, string[][]>();
    const questions = bundledQueries();
    const runs: Awaited<ReturnType<typeof runCli>>[] = [];
    for (let i = 0; i < questions.length; i += 2) runs.push(...(await Promise.all(questions.slice(i, i + 2).map((q) => runCli(['query', q.name, '-f', 'json', ...remote], {}, 300_000)))));
    for (const [i, question] of questions.entries()) {
      const run = runs[i] as (typeof runs)[number];
      expect(run.status, `${question.name}: ${run.stderr}`).toBe(0);
      const json = JSON.parse(run.stdout) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
      answers.set(question.name, json.results.bindings.map((row) => json.head.vars.map((v) => row[v]?.value ?? '')));
    }
    // By the generator's rule (one per thousand), 20 projects are listed only in the sections.
    expect(answers.get('section-only-projects')).toHaveLength(20);
    for (const [project] of answers.get('section-only-projects') ?? []) expect(project).toMatch(/^Unlisted \d{5} /);
    // Each stage's ● and ◑, counted in the survey's table by splitting its rows (not by deai-kg).
    const [header, ...rows] = survey20k.split('\n').filter((line) => line.startsWith('| ')).map((line) => line.slice(2, -2).split(' | ').map((cell) => cell.trim()));
    const stageLabels: Record<string, string> = { 'Task Creation': 'Task Proposing', 'Data Preparation': 'Data Preparation', Compute: 'Compute', Training: 'Training', Inference: 'Model Inference', Marketplace: 'Marketplace', Application: 'Application' };
    const expected = Object.entries(stageLabels).map(([column, stage]) => {
      const at = (header as string[]).indexOf(column);
      return [stage, String(rows.filter((row) => row[at] === '●').length), String(rows.filter((row) => row[at] === '◑').length)];
    });
    expect(rows).toHaveLength(PROJECTS);
    expect(answers.get('projects-per-stage')?.map(([, stage, fully, partly]) => [stage, fully, partly]).sort()).toEqual(expected.sort());
  });
});

/** Runs the CLI under GNU time: its exit status, stderr without time's line, and the peak RSS that time measured. */
function timed(args: readonly string[]): Promise<{ status: number | null; stderr: string; peakRssKb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'peak RSS %M kB', process.execPath, CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (status) => {
      const peak = /peak RSS (\d+) kB\s*$/.exec(stderr);
      resolve({ status, stderr: stderr.replace(/peak RSS \d+ kB\s*$/, ''), peakRssKb: Number(peak?.[1]) });
    });
  });
}
