// The streaming path (the survey file read as lines, rows and entries spilled to disk, groups written as they come)
// against the path that holds everything: the same graph, byte for byte where the order is the same.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSurvey } from '../../bench/synthetic-survey.js';
import { graphToDataset } from '../../src/export/graph-to-dataset.js';
import { quadsToNTriples } from '../../src/export/to-turtle.js';
import { buildGraph, buildGroupsFromFile } from '../../src/node/build-from-file.js';
import { CLI, cli } from '../helpers/cli.js';
import { isomorphic } from '../helpers/isomorphic.js';

const SURVEYS: [string, string][] = [
  ['bundled survey', 'data/sok-deai-README.md'],
  ['academic version', 'test/fixtures/golden/sok-deai-README-academic.md'],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deai-kg-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parseNQuads = (text: string) => new Parser({ format: 'N-Quads' }).parse(text);

describe('building from a file as a stream', () => {
  it.each(SURVEYS)('%s: the same N-Triples as the graph built from the whole text, with pieces of 7 lines', (_, file) => {
    const whole = buildGraph(readFileSync(file, 'utf8'), { file });
    const mapped = buildGroupsFromFile(file, { pieceLines: 7 });
    const streamed = [...mapped.groups].flat();
    expect(quadsToNTriples(streamed)).toBe(quadsToNTriples(whole.quads));
    expect(mapped.diagnostics.map((d) => `${d.code} ${d.place.line}`)).toEqual(whole.diagnostics.map((d) => `${d.code} ${d.place.line}`));
  });
});

describe('deai-kg export streams', () => {
  const [, academic] = SURVEYS[1] as [string, string];
  const graph = (): ReturnType<typeof buildGraph> => buildGraph(readFileSync(academic, 'utf8'), { file: academic });

  it('N-Triples on stdout are the bytes build writes to deai.nt', () => {
    expect(cli('build', academic, '-q', '-f', 'nt', '-o', join(dir, 'built')).status).toBe(0);
    const run = cli('export', academic, '-q', '-f', 'nt');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(dir, 'built', 'deai.nt'), 'utf8'));
  });

  it('N-Quads and TriG into a file hold the dataset the in-memory export holds (ontology, data, provenance)', async () => {
    const expected = graphToDataset(graph());
    expect(cli('export', academic, '-q', '-f', 'nq', '-o', join(dir, 'a.nq')).status).toBe(0);
    expect(await isomorphic(parseNQuads(readFileSync(join(dir, 'a.nq'), 'utf8')), expected)).toBe(true);
    expect(cli('export', academic, '-q', '-f', 'trig', '-o', join(dir, 'a.trig')).status).toBe(0);
    expect(await isomorphic(new Parser({ format: 'application/trig' }).parse(readFileSync(join(dir, 'a.trig'), 'utf8')), expected)).toBe(true);
  });

  it('expanded JSON-LD, a stream of node objects, reads back as the graph', async () => {
    const run = cli('export', academic, '-q', '-f', 'jsonld', '--jsonld-form', 'expanded');
    expect(run.status).toBe(0);
    const nodes = JSON.parse(run.stdout) as { '@id': string }[];
    expect(nodes.find((n) => n['@id'].endsWith('/survey'))).toBeDefined();
    const nquads = (await jsonld.toRDF(nodes as never, { format: 'application/n-quads' })) as unknown as string;
    expect(await isomorphic(parseNQuads(nquads), graph().quads)).toBe(true);
  });

  it('a graph format and build --validate refuse a survey beyond what they can hold, naming what streams', () => {
    const big = join(dir, 'big.md');
    writeFileSync(big, `${syntheticSurvey(40)}\n${'<!-- padding -->\n'.repeat(560_000)}`);
    const run = cli('export', big, '-f', 'gexf');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format gexf is made from the whole graph in memory');
    expect(run.stderr).toContain('export nt, ttl, nq, trig or jsonld');
    const check = cli('build', big, '--validate', '-o', join(dir, 'never'));
    expect(check.status).toBe(2);
    expect(check.stderr).toContain('--validate holds the whole graph in memory');
  });
});

describe('bounded memory', () => {
  it('builds 4,000 projects (560k triples) in a 24 MB heap, where holding the survey and its rows does not fit', () => {
    const survey = join(dir, 'survey-4k.md');
    writeFileSync(survey, syntheticSurvey(4000));
    const run = spawnSync(process.execPath, ['--max-old-space-size=24', CLI, 'build', survey, '-f', 'nt', '-o', join(dir, 'out-4k')], {
      encoding: 'utf8', env: { ...process.env, DEAI_KG_CACHE: 'off' }, timeout: 120_000,
    });
    expect(run.stderr).toContain('4004 projects, 559');
    expect(run.status).toBe(0);
  });
});
