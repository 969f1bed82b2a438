// `deai-kg export` end to end: `node dist/cli/main.js` in a child process, outputs in temp dirs.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, STACK_TRACE } from '../helpers/cli.js';
import { EXPORT_FORMATS } from '../../src/export/formats.js';
import { HOSTILE_PATH } from '../export/support/fixtures.js';



describe('deai-kg export', () => {
  let tmp: string;
  const fresh = (name: string): string => join(tmp, name);

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'deai-kg-export-cli-'));
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each(EXPORT_FORMATS.filter((f) => f.kind !== 'directory').map((f) => f.name))('--format %s writes to stdout, byte-identical twice', (name) => {
    const [a, b] = [cli('export', '--format', name, '-q'), cli('export', '--format', name, '-q')];
    expect(a.status, a.stderr).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
  });

  it('--format csv --out DIR writes nodes.csv, relationships.csv and load.cypher, byte-identical twice', () => {
    const [a, b] = [fresh('csv-a'), fresh('csv-b')];
    const run = cli('export', '--format', 'csv', '--out', a);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/nodes\.csv/);
    expect(readdirSync(a).sort()).toEqual(['.deai-kg', 'load.cypher', 'nodes.csv', 'relationships.csv']);
    expect(cli('export', '-f', 'csv', '-o', b, '-q').status).toBe(0);
    for (const name of ['load.cypher', 'nodes.csv', 'relationships.csv']) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
  });

  it('--out FILE writes the file atomically (no temp left behind) and prints nothing on stdout', () => {
    const dir = fresh('file');
    const out = join(dir, 'graph.gexf');
    const run = cli('export', '-f', 'gexf', '-o', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(cli('export', '-f', 'gexf', '-q').stdout);
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  });

  it("--out DIR (existing, or ending in /) with a one-file format writes the format's file name into it", () => {
    const dir = fresh('dir');
    mkdirSync(dir);
    expect(cli('export', '-f', 'rdfxml', '-o', dir, '-q').status).toBe(0);
    expect(cli('export', '-f', 'graphology', '-o', dir, '-q').status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['deai.rdf', 'graph.json']);
    // A path ending in "/" is a directory even before it exists.
    const created = fresh('created');
    expect(cli('export', '-f', 'gexf', '-o', `${created}/`, '-q').status).toBe(0);
    expect(readdirSync(created)).toEqual(['deai.gexf']);
  });

  it('--jsonld-form expanded and framed give other JSON-LD documents than the default compacted one', () => {
    const compacted = cli('export', '-f', 'jsonld', '-q').stdout;
    const expanded = cli('export', '-f', 'jsonld', '--jsonld-form', 'expanded', '-q').stdout;
    const framed = cli('export', '-f', 'jsonld', '--jsonld-form', 'framed', '-q').stdout;
    expect(JSON.parse(compacted)['@graph']).toBeDefined();
    expect(Array.isArray(JSON.parse(expanded))).toBe(true);
    expect(JSON.parse(framed)['@graph'][0].type).toBe('deai:Project');
  });

  it('--gexf-version picks GEXF 1.2draft (the default) or 1.3', () => {
    expect(cli('export', '-f', 'gexf', '-q').stdout).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
    expect(cli('export', '-f', 'gexf', '--gexf-version', '1.2', '-q').stdout).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
    expect(cli('export', '-f', 'gexf', '--gexf-version', '1.3', '-q').stdout).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
  });

  it('--with-ontology adds the ontology to a single-graph RDF format', () => {
    const plain = cli('export', '-f', 'nt', '-q').stdout.trim().split('\n').length;
    const withOntology = cli('export', '-f', 'nt', '--with-ontology', '-q').stdout.trim().split('\n').length;
    expect(withOntology).toBeGreaterThan(plain);
  });

  it('exports a survey given as SOURCE, with its hostile names intact', () => {
    const run = cli('export', HOSTILE_PATH, '-f', 'cytoscape', '-q');
    expect(run.status, run.stderr).toBe(0);
    const labels = (JSON.parse(run.stdout) as { elements: { nodes: { data: { label: string } }[] } }).elements.nodes.map((n) => n.data.label);
    expect(labels).toContain('Ünïcode & <Co> "Quoted"');
  });

  it.each([
    ['csv without --out', ['-f', 'csv'], /give a directory with --out DIR/],
    ['csv with --out naming a file', ['-f', 'csv', '-o', 'package.json'], /is a file/],
    ['--jsonld-form with another format', ['-f', 'ttl', '--jsonld-form', 'framed'], /--jsonld-form is for --format jsonld/],
    ['--with-ontology with a graph format', ['-f', 'gexf', '--with-ontology'], /--with-ontology is for/],
    ['--with-ontology with trig', ['-f', 'trig', '--with-ontology'], /always carries the ontology/],
    ['--gexf-version with another format', ['-f', 'graphml', '--gexf-version', '1.3'], /--gexf-version is for --format gexf, not graphml/],
    ['an unknown GEXF version', ['-f', 'gexf', '--gexf-version', '1.1'], /Allowed choices are 1\.2, 1\.3/],
    ['an unknown format', ['-f', 'dot'], /Allowed choices are/],
    ['a missing survey', ['no-such-survey.md'], /no such file/],
  ])('exits 2 with a message, not a stack trace, for %s', (_title, args, message) => {
    const run = cli('export', ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 and writes nothing when a name cannot be written in an XML format', () => {
    const survey = fresh('bell.md');
    writeFileSync(survey, readFileSync(join(ROOT, HOSTILE_PATH), 'utf8').replace('深度 AI', 'Bell\u0007 AI'));
    const out = fresh('bell.graphml');
    const run = cli('export', survey, '-f', 'graphml', '-o', out, '-q');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/GraphML cannot carry .*U\+0007/);
    expect(existsSync(out)).toBe(false);
  });

  it('--help lists every format and its file name', () => {
    const run = cli('export', '--help');
    expect(run.status).toBe(0);
    for (const format of EXPORT_FORMATS) expect(run.stdout).toContain(format.name);
    expect(run.stdout).toContain('nodes.csv, relationships.csv, load.cypher');
  });
});
