// Independent readers accept every RDF export: rapper counts the triples, Python rdflib finds each isomorphic to
// deai.ttl (nq/trig: data ∪ provenance = deai.ttl, ontology = ontology/deai.ttl), pyld reads the JSON-LD forms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED, quadsToTurtle } from '../../src/index.js';
import { exportFormat, type ExportInput, type FileFormat } from '../../src/export/formats.js';
import { HOSTILE_NAMES, hostileInput, seedInput } from '../export/support/fixtures.js';
import { python, rapperCount } from '../export/support/readers.js';

const BASE = 'https://w3id.org/deai/';
const RAPPER = { nt: 'ntriples', ttl: 'turtle', rdfxml: 'rdfxml', trig: 'trig', nq: 'nquads' } as const;

interface RdfCheck {
  readonly reference: number;
  readonly ontology: number;
  readonly files: Record<string, { triples?: number; isomorphic?: boolean; graphs?: Record<string, number>; default?: number;
    data_and_provenance_isomorphic?: boolean; ontology_isomorphic?: boolean; project_labels: string[] }>;
}

interface PyldCheck {
  readonly compacted: { triples: number; isomorphic: boolean };
  readonly expanded: { triples: number; isomorphic: boolean };
  readonly same_triples: boolean;
  readonly framed: { triples: number; top_level: number; top_level_projects: number; embedded_assessments: number; isomorphic_to_project_view: boolean };
  readonly fetched: string[];
}

describe.each([
  ['the bundled survey', seedInput, undefined],
  ['the survey with hostile names', hostileInput, HOSTILE_NAMES],
] as const)('RDF exports of %s, read by independent tools', (_title, input: () => ExportInput, names) => {
  let dir: string;
  const file = (name: string): string => join(dir, name);
  const graph = input().graph;
  const triples = graph.quads.length;
  const withOntology = triples + graph.ontology.quads.length;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deai-kg-exports-rdf-'));
    writeFileSync(file('reference.ttl'), await quadsToTurtle(graph.quads));
    for (const name of ['ttl', 'nt', 'nq', 'trig', 'rdfxml']) writeFileSync(file(`out.${name}`), await (exportFormat(name) as FileFormat).write(input()));
    for (const jsonldForm of ['compacted', 'expanded', 'framed'] as const) {
      writeFileSync(file(`${jsonldForm}.jsonld`), await (exportFormat('jsonld') as FileFormat).write(input(), { jsonldForm }));
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['nt', 'ttl', 'rdfxml'] as const)('rapper reads %s and counts every triple of deai.ttl', (name) => {
    expect(rapperCount(file(`out.${name}`), RAPPER[name])).toBe(triples);
  });

  it.each(['trig', 'nq'] as const)('rapper reads %s and counts the data, provenance and ontology quads', (name) => {
    expect(rapperCount(file(`out.${name}`), RAPPER[name])).toBe(withOntology);
  });

  it('rdflib finds nt, ttl, rdfxml and compacted and expanded JSON-LD isomorphic to deai.ttl, and nq/trig as three named graphs', () => {
    const args = [BASE, file('reference.ttl'), BUNDLED.ontology, ...['nt', 'ttl', 'rdfxml', 'trig', 'nq'].map((f) => `${f}=${file(`out.${f}`)}`), `jsonld=${file('compacted.jsonld')}`, `jsonld.expanded=${file('expanded.jsonld')}`];
    const found = python<RdfCheck>('rdf_check.py', args, 'python3-rdflib');
    expect(found.reference).toBe(triples);
    for (const name of ['nt', 'ttl', 'rdfxml', 'jsonld', 'jsonld.expanded']) expect(found.files[name], name).toMatchObject({ triples, isomorphic: true });
    const graphs = { [`${BASE}graph/data`]: expect.any(Number), [`${BASE}graph/ontology`]: graph.ontology.quads.length, [`${BASE}graph/provenance`]: expect.any(Number) };
    for (const name of ['trig', 'nq']) {
      expect(found.files[name], name).toMatchObject({ graphs, default: 0, data_and_provenance_isomorphic: true, ontology_isomorphic: true });
    }
    const labels = found.files.ttl?.project_labels ?? [];
    for (const name of Object.keys(found.files)) expect(found.files[name]?.project_labels, name).toEqual(labels);
    if (names) expect(labels).toEqual([...names].sort());
  });

  it('pyld reads the compacted, expanded and framed JSON-LD without fetching anything', () => {
    const found = python<PyldCheck>('pyld_check.py', [file('reference.ttl'), file('compacted.jsonld'), file('expanded.jsonld'), file('framed.jsonld')], 'python3-pyld python3-rdflib');
    expect(found.fetched).toEqual([]);
    expect(found.compacted).toEqual({ triples, isomorphic: true });
    expect(found.expanded).toEqual({ triples, isomorphic: true });
    expect(found.same_triples).toBe(true);
    // Framed: one top-level object per project; it re-reads to exactly the triples of the projects and of their
    // assessments and listings (a subset of deai.ttl: no papers, survey, table columns or dataset description).
    const projects = graph.quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value.endsWith('ontology#Project')).length;
    const assessments = graph.quads.filter((q) => q.predicate.value.endsWith('ontology#assessment')).length;
    expect(found.framed).toMatchObject({ top_level: projects, top_level_projects: projects, embedded_assessments: assessments, isomorphic_to_project_view: true });
    expect(found.framed.triples).toBeLessThan(triples);
  });
});
