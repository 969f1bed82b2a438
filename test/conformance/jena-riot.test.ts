// Apache Jena 4.5 (Debian's libapache-jena-java) reads every RDF output strictly, as `riot --validate` does, and
// finds each isomorphic to deai.ttl, as `rdfcompare` does: the streamed build, every export, the three JSON-LD
// forms (through Jena's JSON-LD 1.0 reader), and every entity page of the static site. One JVM for the whole file.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED } from '../../src/index.js';
import { exportFormat, type ExportOptions, type FileFormat } from '../../src/export/formats.js';
import { hostileInput, seedInput } from '../export/support/fixtures.js';
import { cli } from '../helpers/cli.js';
import { runJavaChecker } from '../helpers/java.js';

interface Answer {
  readonly command: string;
  readonly name?: string;
  readonly ok?: boolean;
  readonly triples?: number;
  readonly error?: string;
  readonly warnings?: string[];
  readonly iso?: boolean;
  readonly left?: number;
  readonly right?: number;
}

const BASE = 'https://w3id.org/deai/';
const DATA_AND_PROVENANCE = `${BASE}graph/data|${BASE}graph/provenance`;
/** The triples the framed form holds: every project, its assessments and its listings (nothing they point at). */
const PROJECT_VIEW = `PREFIX deai: <https://w3id.org/deai/ontology#>
CONSTRUCT { ?s ?p ?o } WHERE {
  { ?s a deai:Project } UNION { ?project a deai:Project ; deai:assessment|deai:listing ?s }
  ?s ?p ?o }`;
/** A context that declares JSON-LD 1.1, which a 1.0 reader must refuse: shows that the check can fail. */
const DECLARES_1_1 = '{ "@context": { "@version": 1.1, "label": "http://www.w3.org/2000/01/rdf-schema#label" }, "@id": "https://example.org/a", "label": "A" }\n';

let dir: string;
let answers: Answer[];
const file = (name: string): string => join(dir, name);
const loaded = (name: string): Answer | undefined => answers.find((a) => a.command === 'load' && a.name === name);
const isoAnswers = (): Answer[] => answers.filter((a) => a.command === 'iso');

/** Every file under `root` with one of the extensions, relative to it. */
function filesUnder(root: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((e) => entry.name.endsWith(e))) found.push(relative(root, path));
    }
  };
  walk(root);
  return found.sort();
}

const SITE_LANG: Record<string, string> = { '.ttl': 'turtle', '.jsonld': 'jsonld10' };
let sitePages: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deai-kg-jena-'));
  const run = (args: string[]): void => {
    const result = cli(...args, '-q');
    if (result.status !== 0) throw new Error(`deai-kg ${args.join(' ')}: ${result.stderr}`);
  };
  // The CLI for what it streams (build) and writes as files (site); the export registry in-process for the rest.
  run(['build', '-f', 'ttl,jsonld,nt', '-o', file('build')]);
  run(['site', '-o', file('site')]);
  const write = (format: string, options: ExportOptions = {}, input = seedInput()) => (exportFormat(format) as FileFormat).write(input, options);
  for (const format of ['nq', 'trig', 'rdfxml']) writeFileSync(file(`export.${format}`), await write(format));
  for (const jsonldForm of ['expanded', 'framed'] as const) writeFileSync(file(`${jsonldForm}.jsonld`), await write('jsonld', { jsonldForm }));
  for (const format of ['ttl', 'jsonld', 'rdfxml']) writeFileSync(file(`with-ontology.${format}`), await write(format, { withOntology: true }));
  mkdirSync(file('hostile'));
  for (const format of ['ttl', 'nq', 'trig', 'rdfxml', 'jsonld']) writeFileSync(file(`hostile/out.${format}`), await write(format, {}, hostileInput()));
  writeFileSync(file('project-view.rq'), PROJECT_VIEW);
  writeFileSync(file('declares-1.1.jsonld'), DECLARES_1_1);
  sitePages = filesUnder(file('site'), Object.keys(SITE_LANG)).filter((p) => !p.startsWith('data/'));

  const load = (name: string, lang: string, path: string): string => `load ${name} ${lang} ${path}`;
  answers = await runJavaChecker<Answer>('JenaCheck', [
    load('ttl', 'turtle', file('build/deai.ttl')),
    load('ontology', 'turtle', BUNDLED.ontology),
    load('nt', 'ntriples', file('build/deai.nt')),
    load('compacted', 'jsonld10', file('build/deai.jsonld')),
    load('expanded', 'jsonld10', file('expanded.jsonld')),
    load('framed', 'jsonld10', file('framed.jsonld')),
    load('nq', 'nquads', file('export.nq')),
    load('trig', 'trig', file('export.trig')),
    load('rdfxml', 'rdfxml', file('export.rdfxml')),
    ...['ttl', 'jsonld', 'rdfxml'].map((f) => load(`with-ontology.${f}`, f === 'jsonld' ? 'jsonld10' : f === 'ttl' ? 'turtle' : f, file(`with-ontology.${f}`))),
    load('declares-1.1', 'jsonld10', file('declares-1.1.jsonld')),
    ...['ttl', 'nq', 'trig', 'rdfxml', 'jsonld'].map((f) => load(`hostile.${f}`, { ttl: 'turtle', nq: 'nquads', trig: 'trig', rdfxml: 'rdfxml', jsonld: 'jsonld10' }[f] as string, file(`hostile/out.${f}`))),
    ...sitePages.map((p) => load(`site:${p}`, SITE_LANG[p.slice(p.lastIndexOf('.'))] as string, file(`site/${p}`))),
    'iso ttl nt',
    'iso ttl compacted',
    'iso ttl expanded',
    'iso ttl rdfxml',
    `iso ttl nq#${DATA_AND_PROVENANCE}`,
    `iso ttl trig#${DATA_AND_PROVENANCE}`,
    `iso ontology nq#${BASE}graph/ontology`,
    `iso ontology trig#${BASE}graph/ontology`,
    `construct project-view ttl ${file('project-view.rq')}`,
    'iso project-view framed',
    'iso with-ontology.ttl with-ontology.jsonld',
    'iso with-ontology.ttl with-ontology.rdfxml',
    'iso hostile.ttl hostile.jsonld',
    'iso hostile.ttl hostile.rdfxml',
    `iso hostile.ttl hostile.trig#${DATA_AND_PROVENANCE}`,
    `iso hostile.ttl hostile.nq#${DATA_AND_PROVENANCE}`,
  ]);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Apache Jena (riot --validate, rdfcompare)', () => {
  it('accepts every RDF file of build and export, strictly and without a warning', () => {
    const names = ['ttl', 'nt', 'compacted', 'expanded', 'framed', 'nq', 'trig', 'rdfxml', 'with-ontology.ttl', 'with-ontology.jsonld', 'with-ontology.rdfxml'];
    for (const name of names) expect(loaded(name), name).toMatchObject({ ok: true, warnings: [] });
    for (const name of ['hostile.ttl', 'hostile.nq', 'hostile.trig', 'hostile.rdfxml', 'hostile.jsonld']) expect(loaded(name), name).toMatchObject({ ok: true, warnings: [] });
  });

  it('counts the triples of the survey in every single-graph format, and data + provenance + ontology in TriG and N-Quads', () => {
    const triples = loaded('ttl')?.triples;
    const ontology = loaded('ontology')?.triples ?? 0;
    expect(triples).toBeGreaterThan(7000);
    for (const name of ['nt', 'compacted', 'expanded', 'rdfxml']) expect(loaded(name)?.triples, name).toBe(triples);
    for (const name of ['nq', 'trig']) expect(loaded(name)?.triples, name).toBe((triples ?? 0) + ontology);
  });

  it('finds each isomorphic to deai.ttl (TriG and N-Quads: data ∪ provenance, and the ontology graph to ontology/deai.ttl)', () => {
    expect(isoAnswers().filter((a) => a.iso !== true)).toEqual([]);
    expect(isoAnswers()).toHaveLength(15);
  });

  it('reads the framed JSON-LD as exactly the projects with their assessments and listings', () => {
    const view = answers.find((a) => a.command === 'construct');
    expect(view?.triples).toBe(loaded('framed')?.triples);
    expect(view?.triples).toBeLessThan(loaded('ttl')?.triples ?? 0);
  });

  it('refuses a context that declares JSON-LD 1.1 (so the JSON-LD checks above can fail)', () => {
    expect(loaded('declares-1.1')).toMatchObject({ ok: false });
    expect(loaded('declares-1.1')?.error).toContain('1.1');
  });

  it("accepts every entity page's Turtle and JSON-LD in the static site", () => {
    expect(sitePages).toContain('project/bittensor.ttl');
    expect(sitePages).toContain('project/bittensor.jsonld');
    expect(sitePages.length).toBeGreaterThan(1000);
    const refused = sitePages.map((p) => loaded(`site:${p}`)).filter((a) => a?.ok !== true);
    expect(refused).toEqual([]);
  });
});
