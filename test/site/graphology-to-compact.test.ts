// The viewer's compact graph file: graph.json's graph, node and edge keys and attributes included, in fewer bytes.
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { compactDetailsAttributes, compactEdgeKey, compactNodeAttributes, compactToGraphology, graphologyToCompact, graphologyToCompactFiles, splitCompactDetails } from '../../src/site/graphology-to-compact.js';

const P = 'https://w3id.org/deai/project/';
const D = 'https://w3id.org/deai/ontology#';
const exported: SerializedGraph = {
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  attributes: { name: 'DeAI knowledge graph', base: 'https://w3id.org/deai/' },
  nodes: [
    { key: `${D}Training`, attributes: { type: 'stage', label: 'Training', x: 1, y: 2, size: 10 } },
    { key: `${P}gensyn`, attributes: { type: 'project', label: 'Gensyn', x: -3.5, y: 0, size: 5 } },
    { key: `${P}vana`, attributes: { type: 'project', label: 'Vana', x: 4, y: 4.25, size: 5 } },
  ],
  edges: [
    { key: `atStage:${P}gensyn->${D}Training`, source: `${P}gensyn`, target: `${D}Training`, attributes: { relation: 'atStage', level: 'full' } },
    { key: `atStage:${P}vana->${D}Training`, source: `${P}vana`, target: `${D}Training`, attributes: { relation: 'atStage', level: 'full' } },
    { key: 'a-hand-made-key', source: `${P}vana`, target: `${P}gensyn`, attributes: { relation: 'cites' } },
  ],
};

describe('graphologyToCompact', () => {
  it('should list node keys once, point edges at them, and share equal edge attributes', () => {
    const compact = graphologyToCompact(exported);
    expect(compact.nodes).toEqual([`${D}Training`, `${P}gensyn`, `${P}vana`]);
    expect(compact.edgeAttributes).toEqual([{ relation: 'atStage', level: 'full' }, { relation: 'cites' }]);
    expect(compact.edges).toEqual([1, 0, 0, 2, 0, 0, 2, 1, 1]);
    // Only the key that is not `relation:source->target` is stored.
    expect(compact.edgeKeys).toEqual({ 2: 'a-hand-made-key' });
    expect(compactEdgeKey(compact, 0)).toBe(`atStage:${P}gensyn->${D}Training`);
    expect(compactEdgeKey(compact, 2)).toBe('a-hand-made-key');
  });

  it('should store node attributes by column, each name once, null where a node lacks one', () => {
    const compact = graphologyToCompact(exported);
    expect(compact.nodeColumns).toEqual({
      type: ['stage', 'project', 'project'],
      label: ['Training', 'Gensyn', 'Vana'],
      x: [1, -3.5, 4],
      y: [2, 0, 4.25],
      size: [10, 5, 5],
    });
    expect(compact.keyColumns).toEqual([]);
    expect(compact.nodeOther).toEqual({});
  });

  it('should store an IRI column that repeats the node keys as 1s, and keep other IRIs, nulls and gaps', () => {
    const withIris: SerializedGraph = {
      ...exported,
      nodes: [
        { key: `${D}Training`, attributes: { iri: `${D}Training`, label: 'Training' } },
        { key: `${P}gensyn`, attributes: { iri: `${P}gensyn`, whitepaper: 'https://gensyn.ai/litepaper' } },
        { key: 'blank-1', attributes: { label: 'no IRI', note: null } },
        { key: 'blank-2', attributes: { label: 'none either' } },
      ],
      edges: [],
    };
    const compact = graphologyToCompact(withIris);
    expect(compact.keyColumns).toEqual(['iri']);
    // One node in four has a white paper: few enough for position → value.
    expect(compact.nodeColumns).toEqual({
      iri: [1, 1, null, null],
      label: ['Training', null, 'no IRI', 'none either'],
      whitepaper: { 1: 'https://gensyn.ai/litepaper' },
    });
    expect(compact.nodeOther).toEqual({ 2: { note: null } });
    expect(compactToGraphology(JSON.parse(JSON.stringify(compact)))).toEqual(withIris);
    // An IRI column with one value that is not its node's key is stored as it is.
    const mixed = graphologyToCompact({ ...withIris, nodes: [{ key: 'a', attributes: { iri: 'a' } }, { key: 'b', attributes: { iri: 'https://example.org/b' } }] });
    expect(mixed.keyColumns).toEqual([]);
    expect(mixed.nodeColumns).toEqual({ iri: ['a', 'https://example.org/b'] });
  });

  it('should give back the export it was made from, edge keys included', () => {
    expect(compactToGraphology(JSON.parse(JSON.stringify(graphologyToCompact(exported))))).toEqual(exported);
  });
});

describe('compactToGraph (the viewer builds its graph from the compact file)', () => {
  it('should make the same nodes, edges and attributes as the export, edges keyed by their position in the file', async () => {
    const { compactToGraph } = await import('../../viewer/src/compact-graph.js');
    const { graph } = compactToGraph(JSON.parse(JSON.stringify(graphologyToCompact(exported))));
    expect(graph.getAttributes()).toEqual({ name: 'DeAI knowledge graph', base: 'https://w3id.org/deai/' });
    expect(graph.nodes()).toEqual([`${D}Training`, `${P}gensyn`, `${P}vana`]);
    expect(graph.getNodeAttributes(`${P}vana`)).toEqual({ type: 'project', label: 'Vana', x: 4, y: 4.25, size: 5 });
    expect(graph.mapEdges((_e, attributes, source, target) => [source, target, attributes])).toEqual([
      [`${P}gensyn`, `${D}Training`, { relation: 'atStage', level: 'full' }],
      [`${P}vana`, `${D}Training`, { relation: 'atStage', level: 'full' }],
      [`${P}vana`, `${P}gensyn`, { relation: 'cites' }],
    ]);
    expect(graph.edges()).toEqual(['0', '1', '2']);
    // Each edge has its own attributes object (the two atStage edges share one in the file).
    const [first, second] = graph.edges();
    expect(graph.getEdgeAttributes(first as string)).not.toBe(graph.getEdgeAttributes(second as string));
  });
});

describe('splitCompactDetails (graph.compact.json + graph.details.json)', () => {
  const withDetails: SerializedGraph = {
    ...exported,
    nodes: [
      { key: `${D}Training`, attributes: { iri: `${D}Training`, label: 'Training' } },
      { key: `${P}gensyn`, attributes: { iri: `${P}gensyn`, label: 'Gensyn', whitepaper: 'https://gensyn.ai/litepaper', securityAssumptionText: 'Staking' } },
      { key: `${P}vana`, attributes: { iri: `${P}vana`, label: 'Vana', reference: 'https://vana.org', category: 'Data' } },
    ],
    edges: [],
  };

  it('should move the columns only the Details panel and matrix read to the details file, by node position', () => {
    const { graph, details } = splitCompactDetails(graphologyToCompact(withDetails));
    expect(Object.keys(graph.nodeColumns)).toEqual(['iri', 'label']);
    expect(graph.keyColumns).toEqual(['iri']);
    expect(details).toEqual({
      format: 'deai-kg-compact-details/1',
      nodeCount: 3,
      // One of three nodes has each: stored as arrays (graphologyToCompact's rule: a map below one in three).
      nodeColumns: { whitepaper: [null, 'https://gensyn.ai/litepaper', null], securityAssumptionText: [null, 'Staking', null], reference: [null, null, 'https://vana.org'], category: [null, null, 'Data'] },
    });
    expect([...compactDetailsAttributes(details)]).toEqual([
      [1, { whitepaper: 'https://gensyn.ai/litepaper', securityAssumptionText: 'Staking' }],
      [2, { reference: 'https://vana.org', category: 'Data' }],
    ]);
  });

  it('should give back every attribute of the export from the two files together', () => {
    const files = graphologyToCompactFiles(withDetails);
    const graph = JSON.parse(files['graph.compact.json']);
    const attributes = compactNodeAttributes(graph);
    for (const [i, more] of compactDetailsAttributes(JSON.parse(files['graph.details.json']))) Object.assign(attributes[i] as object, more);
    expect(attributes).toEqual(withDetails.nodes.map((n) => n.attributes));
    expect(files['graph.compact.json']).not.toContain('litepaper');
  });
});
