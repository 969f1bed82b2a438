// OWL API 5 (Debian's libowlapi-java) finds ontology/deai.ttl, and the ontology together with whatever the build
// emits (the bundled survey and every fixture survey, as `export -f ttl --with-ontology` writes them for Protégé), in
// the OWL 2 DL profile with no violation. Data-driven: a new term in the ontology or a new predicate in the build is
// checked without a change here. One JVM for the file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED, buildGraph, bundledContext, bundledOntology } from '../../src/index.js';
import { exportFormat, type FileFormat } from '../../src/export/formats.js';
import { DCTERMS, OWL, RDF, RDFS } from '../../src/vocab/namespaces.js';
import { runJavaChecker } from '../helpers/java.js';

interface Report {
  readonly name: string;
  readonly violations?: string[];
  readonly error?: string;
  readonly axioms?: number;
  readonly classes?: number;
  readonly individuals?: number;
}

const DEAI = 'https://w3id.org/deai/ontology#';
const ONTOLOGY = 'https://w3id.org/deai/ontology';
const VANN = 'http://purl.org/vocab/vann/';
/** Surveys the build must turn into DL data: the bundled one and every fixture survey that builds. */
const SURVEYS = [BUNDLED.survey, 'test/fixtures/hostile-names.md', 'test/fixtures/golden/minimal.md',
  ...readdirSync('test/fixtures/versions').filter((f) => f.endsWith('.md')).map((f) => `test/fixtures/versions/${f}`)];
/** Controls: OWL 2 DL refuses each, so the check can fail. The issue found these in deai.ttl. */
const NOT_DL = {
  'range-rdfs-resource': '<https://example.org/p> a <http://www.w3.org/2002/07/owl#ObjectProperty> ; <http://www.w3.org/2000/01/rdf-schema#range> <http://www.w3.org/2000/01/rdf-schema#Resource> .\n',
  'object-property-under-seeAlso': '<https://example.org/p> a <http://www.w3.org/2002/07/owl#ObjectProperty> ; <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> <http://www.w3.org/2000/01/rdf-schema#seeAlso> .\n',
  'gYear-range': '<https://example.org/y> a <http://www.w3.org/2002/07/owl#DatatypeProperty> ; <http://www.w3.org/2000/01/rdf-schema#range> <http://www.w3.org/2001/XMLSchema#gYear> .\n',
} as const;

let dir: string;
let reports: Report[];
const report = (name: string): Report | undefined => reports.find((r) => r.name === name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deai-kg-owl-'));
  const commands = [`check ontology ${BUNDLED.ontology}`];
  for (const [index, survey] of SURVEYS.entries()) {
    const graph = buildGraph(readFileSync(survey, 'utf8'), { file: survey });
    const file = join(dir, `survey-${index}.ttl`);
    writeFileSync(file, await (exportFormat('ttl') as FileFormat).write({ graph, context: bundledContext() }, { withOntology: true }));
    commands.push(`check ${survey} ${file}`);
  }
  for (const [name, text] of Object.entries(NOT_DL)) {
    writeFileSync(join(dir, `${name}.ttl`), text);
    commands.push(`check ${name} ${join(dir, `${name}.ttl`)}`);
  }
  reports = await runJavaChecker<Report>('OwlProfileCheck', commands);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('OWL 2 DL (OWL API 5 profile checker)', () => {
  it('should find ontology/deai.ttl in OWL 2 DL', () => {
    expect(report('ontology')).toMatchObject({ violations: [] });
    expect(report('ontology')?.classes).toBeGreaterThanOrEqual(11);
  });

  it.each(SURVEYS)('should find the ontology together with the graph of %s in OWL 2 DL', (survey) => {
    expect(report(survey)?.error).toBeUndefined();
    expect(report(survey)?.violations).toEqual([]);
    expect(report(survey)?.individuals).toBeGreaterThan(report('ontology')?.individuals ?? 0);
  });

  it.each(Object.keys(NOT_DL))('should report the %s that OWL 2 DL forbids (the check can fail)', (name) => {
    expect(report(name)?.violations?.length).toBeGreaterThan(0);
  });
});

describe('The ontology as a published vocabulary', () => {
  const quads = bundledOntology().quads;
  const objects = (s: string, p: string): string[] => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);

  it('should carry licence, creator, dates, version IRI and info, and the preferred prefix', () => {
    expect(objects(ONTOLOGY, RDF('type'))).toEqual([OWL('Ontology')]);
    expect(objects(ONTOLOGY, OWL('versionIRI'))).toEqual([`${ONTOLOGY}/0.1.0`]);
    expect(objects(ONTOLOGY, OWL('versionInfo'))).toEqual(['0.1.0']);
    expect(objects(ONTOLOGY, DCTERMS('license'))).toEqual(['https://spdx.org/licenses/MIT']);
    expect(objects(ONTOLOGY, DCTERMS('creator'))).toHaveLength(1);
    for (const date of ['created', 'modified']) expect(objects(ONTOLOGY, DCTERMS(date))[0], date).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(objects(ONTOLOGY, `${VANN}preferredNamespacePrefix`)).toEqual(['deai']);
    expect(objects(ONTOLOGY, `${VANN}preferredNamespaceUri`)).toEqual([DEAI]);
  });

  it('should give every class and property of the deai: namespace an rdfs:label and an rdfs:comment', () => {
    const kinds = [OWL('Class'), OWL('ObjectProperty'), OWL('DatatypeProperty'), OWL('AnnotationProperty')];
    const terms = quads.filter((q) => q.subject.value.startsWith(DEAI) && q.predicate.value === RDF('type') && kinds.includes(q.object.value)).map((q) => q.subject.value);
    expect(terms).toContain(`${DEAI}Project`);
    expect(terms).toContain(`${DEAI}coversStage`);
    expect(terms).toContain(`${DEAI}sourceLine`);
    const missing = terms.filter((t) => objects(t, RDFS('label')).length === 0 || objects(t, RDFS('comment')).length === 0);
    expect(missing).toEqual([]);
  });
});
