// KnowledgeGraph → three named graphs for N-Quads and TriG: ontology, data and provenance; the default graph empty.
import { describe, expect, it } from 'vitest';
import { graphToDataset, namedGraphIri } from '../../src/export/graph-to-dataset.js';
import { quadsToNQuads, quadsToTrig } from '../../src/export/to-trig.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';
import { DataFactory, Parser } from 'n3';

const BASE = 'https://w3id.org/deai/';
const graphOf = (name: 'ontology' | 'data' | 'provenance') => namedGraphIri(BASE, name);
const asTriples = (quads: ReturnType<typeof graphToDataset>) => quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));

describe('graphToDataset', () => {
  const dataset = graphToDataset(seedGraph());
  const inGraph = (name: 'ontology' | 'data' | 'provenance') => dataset.filter((q) => q.graph.value === graphOf(name));

  it('should put every quad in one of three named graphs under the base, none in the default graph', () => {
    expect(graphOf('data')).toBe('https://w3id.org/deai/graph/data');
    expect(new Set(dataset.map((q) => q.graph.value))).toEqual(new Set([graphOf('ontology'), graphOf('data'), graphOf('provenance')]));
    expect(dataset.filter((q) => q.graph.termType === 'DefaultGraph')).toEqual([]);
    expect(dataset.length).toBe(seedGraph().quads.length + seedGraph().ontology.quads.length);
  });

  it('should make data ∪ provenance exactly deai.ttl and the ontology graph exactly the ontology', async () => {
    expect(await isomorphic(asTriples([...inGraph('data'), ...inGraph('provenance')]), seedGraph().quads)).toBe(true);
    expect(await isomorphic(asTriples(inGraph('ontology')), seedGraph().ontology.quads)).toBe(true);
  });

  it('should hold in provenance the survey, its table columns and the dataset description, and nothing else', () => {
    const subjects = [...new Set(inGraph('provenance').map((q) => q.subject.value))];
    expect(subjects).toContain(`${BASE}survey`);
    expect(subjects).toContain(`${BASE}dataset`);
    expect(subjects).toContain(`${BASE}survey/column/1`);
    for (const s of subjects) expect(s).toMatch(/^https:\/\/w3id\.org\/deai\/(survey|dataset)(\/|$)/);
    expect(inGraph('data').some((q) => /\/(survey|dataset)(\/|$)/.test(q.subject.value.slice(BASE.length - 1)))).toBe(false);
  });

  it('should serialise to N-Quads and TriG that N3.js reads back as the same dataset', async () => {
    const fromNq = new Parser({ format: 'application/n-quads' }).parse(quadsToNQuads(dataset));
    const fromTrig = new Parser({ format: 'application/trig' }).parse(await quadsToTrig(dataset));
    expect(await isomorphic(fromNq, dataset)).toBe(true);
    expect(await isomorphic(fromTrig, dataset)).toBe(true);
  });
});
