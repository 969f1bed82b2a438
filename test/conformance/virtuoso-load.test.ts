// A real Virtuoso 7.2 (Debian's virtuoso-opensource) loads what deai-kg writes: the bulk loader (ld_dir +
// rdf_loader_run, through isql-vt) takes deai.ttl, deai.trig, deai.nq and deai.rdf, and a Graph Store PUT takes the
// Turtle; each graph then holds as many triples as Python rdflib reads from the file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormat, type FileFormat } from '../../src/export/formats.js';
import { hostileInput } from '../export/support/fixtures.js';
import { python, run } from '../export/support/readers.js';
import { cli } from '../helpers/cli.js';
import { type RunningVirtuoso, startVirtuoso } from '../helpers/virtuoso.js';

const BASE = 'https://w3id.org/deai/';
const NAMED = ['data', 'ontology', 'provenance'].map((name) => `${BASE}graph/${name}`);
/** Graphs for the files that carry none (Turtle, RDF/XML): ld_dir's third argument. */
const TTL_GRAPH = 'urn:deai-kg-test:ttl';
const RDF_GRAPH = 'urn:deai-kg-test:rdf';

let virtuoso: RunningVirtuoso;
/** Relative to Virtuoso's working directory, which its DirsAllowed lists as ".". */
const LOAD = 'load';
const loadFile = (name: string): string => join(virtuoso.dir, LOAD, name);
let expected: Record<string, Record<string, number>>;

/** Runs SQL through Debian's isql-vt as dba; a failed statement fails the test. */
function isql(sql: string): string {
  const result = run('isql-vt', [`127.0.0.1:${virtuoso.sqlPort}`, 'dba', 'dba', `exec=${sql}`], 'virtuoso-opensource');
  expect(result.status, result.stdout + result.stderr).toBe(0);
  expect(result.stdout + result.stderr).not.toMatch(/\*\*\* Error/);
  return result.stdout;
}

/** Bulk-loads the files (each `[file name, graph]`) and returns the loader's errors, one per failed file. */
function bulkLoad(files: ReadonlyArray<readonly [string, string]>): string[] {
  isql(`${files.map(([name, graph]) => `ld_dir('./${LOAD}', '${name}', '${graph}');`).join(' ')} rdf_loader_run(); checkpoint;`);
  const list = isql(`SELECT concat('LOADED|', ll_file, '|', cast(ll_state AS varchar), '|', coalesce(ll_error, '')) FROM DB.DBA.load_list;`);
  const rows = list.split('\n').filter((line) => line.startsWith('LOADED|'));
  expect(rows.length).toBeGreaterThanOrEqual(files.length);
  return rows.filter((row) => !row.endsWith('|2|'));
}

/** The triple count of a graph, through Virtuoso's SPARQL endpoint. */
async function count(graph: string): Promise<number> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
  const response = await fetch(`${virtuoso.url}sparql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { results: { bindings: Array<{ n: { value: string } }> } };
  return Number(body.results.bindings[0]?.n.value);
}

/** A Graph Store HTTP Protocol PUT of Turtle by curl, with Digest authentication: its HTTP status. */
function putTurtle(file: string, graph: string): number {
  const url = `${virtuoso.url}sparql-graph-crud-auth?graph-uri=${encodeURIComponent(graph)}`;
  const result = run('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '--digest', '-u', 'dba:dba', '-X', 'PUT', '-H', 'Content-Type: text/turtle', '--data-binary', `@${file}`, url], 'curl');
  expect(result.status, result.stderr).toBe(0);
  return Number(result.stdout);
}

beforeAll(async () => {
  virtuoso = await startVirtuoso();
  mkdirSync(join(virtuoso.dir, LOAD));
  const build = cli('build', '-q', '-f', 'ttl', '-o', join(virtuoso.dir, LOAD));
  expect(build.status, build.stderr).toBe(0);
  for (const [format, name] of [['trig', 'deai.trig'], ['nq', 'deai.nq'], ['rdfxml', 'deai.rdf']] as const) {
    const written = cli('export', '-q', '-f', format, '-o', loadFile(name));
    expect(written.status, written.stderr).toBe(0);
  }
  writeFileSync(loadFile('hostile.ttl'), await (exportFormat('ttl') as FileFormat).write(hostileInput()));
  // Virtuoso 7.2 reads `37.` as a decimal: the statement below is legal Turtle that it refuses (the test's control).
  writeFileSync(loadFile('unspaced.ttl'), '<https://example.org/s> <https://example.org/p> 37.\n');
  const files = ['turtle=deai.ttl', 'trig=deai.trig', 'nquads=deai.nq', 'xml=deai.rdf', 'turtle=hostile.ttl'].map((arg) => arg.replace('=', `=${join(virtuoso.dir, LOAD)}/`));
  const byPath = python<Record<string, Record<string, number>>>('graph_counts.py', files, 'python3-rdflib');
  expected = Object.fromEntries(Object.entries(byPath).map(([path, graphs]) => [path.slice(path.lastIndexOf('/') + 1), graphs]));
}, 300_000);

afterAll(async () => {
  if (virtuoso) await virtuoso.stop();
}, 60_000);

describe('Virtuoso 7.2 loads the outputs', () => {
  it('bulk-loads deai.ttl, deai.rdf and deai.trig with no error, each graph holding as many triples as rdflib reads', async () => {
    expect(bulkLoad([['deai.ttl', TTL_GRAPH], ['deai.rdf', RDF_GRAPH], ['deai.trig', 'urn:deai-kg-test:unused']])).toEqual([]);
    expect(expected['deai.ttl']?.['']).toBe(7435);
    expect(await count(TTL_GRAPH)).toBe(expected['deai.ttl']?.['']);
    expect(await count(RDF_GRAPH)).toBe(expected['deai.rdf']?.['']);
    for (const graph of NAMED) expect(await count(graph), graph).toBe(expected['deai.trig']?.[graph]);
  });

  it('bulk-loads deai.nq into the same three named graphs', async () => {
    for (const graph of NAMED) isql(`SPARQL CLEAR GRAPH <${graph}>;`);
    expect(await count(NAMED[0] as string)).toBe(0);
    expect(bulkLoad([['deai.nq', 'urn:deai-kg-test:unused']])).toEqual([]);
    for (const graph of NAMED) expect(await count(graph), graph).toBe(expected['deai.nq']?.[graph]);
    expect(Object.keys(expected['deai.nq'] ?? {}).sort()).toEqual(NAMED);
  });

  it('takes deai.ttl, and Turtle with hostile names, by a Graph Store PUT', async () => {
    expect(putTurtle(loadFile('deai.ttl'), 'urn:deai-kg-test:gsp')).toBeLessThan(300);
    expect(await count('urn:deai-kg-test:gsp')).toBe(expected['deai.ttl']?.['']);
    expect(putTurtle(loadFile('hostile.ttl'), 'urn:deai-kg-test:hostile')).toBeLessThan(300);
    expect(await count('urn:deai-kg-test:hostile')).toBe(expected['hostile.ttl']?.['']);
  });

  it('refuses a number directly followed by the statement\'s "." (why deai-kg writes " .")', async () => {
    expect(putTurtle(loadFile('unspaced.ttl'), 'urn:deai-kg-test:unspaced')).toBe(500);
    expect(await count('urn:deai-kg-test:unspaced')).toBe(0);
  });
});
