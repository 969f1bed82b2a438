// graphology JSON → GEXF (1.2draft, the default, and 1.3) → graphology (graphology-gexf's parser): the same graph, up
// to documented coercions.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { graphologyToGexf } from '../../src/export/to-gexf.js';
import { graphologyToJson } from '../../src/export/to-graphology-json.js';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { seedGraph } from '../helpers/seed.js';
import { hostileGraph } from './support/fixtures.js';

/** Nodes and edges with their attributes, keys sorted, so attribute order does not matter. */
function canonical(data: SerializedGraph): unknown {
  const sorted = (attributes: Record<string, unknown> = {}) => Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    nodes: data.nodes.map((n) => ({ key: n.key, attributes: sorted(n.attributes) })),
    edges: data.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: sorted(e.attributes) })),
  };
}

/** "rgb(22,163,74)" → "#16a34a": GEXF 1.2draft writes colours as r, g, b, and graphology-gexf reads them back so. */
const rgbToHex = (color: unknown): unknown => {
  const rgb = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(String(color));
  return rgb ? `#${rgb.slice(1).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}` : color;
};

describe('graphologyToGexf', () => {
  it.each([
    ['the bundled survey', '1.2', seedGraph],
    ['the hostile names', '1.2', hostileGraph],
    ['the bundled survey', '1.3', seedGraph],
    ['the hostile names', '1.3', hostileGraph],
  ] as const)('should round-trip %s through GEXF %s back to an equal graph', (_title, version, build) => {
    const json = graphologyToJson(graphToGraphology(build()));
    const original = MultiDirectedGraph.from(JSON.parse(json) as SerializedGraph);
    const reread = parse(MultiDirectedGraph, graphologyToGexf(original, version)) as MultiDirectedGraph;
    const back = reread.export();
    // Documented coercions: in 1.3 every edge gains GEXF's `kind` (= its relation); in 1.2draft colours come back as
    // rgb(); graph attributes become the GEXF meta block (creator, description). Nothing else changes: numbers stay
    // numbers.
    for (const edge of back.edges) {
      expect(edge.attributes?.kind).toBe(version === '1.3' ? edge.attributes?.relation : undefined);
      delete edge.attributes?.kind;
    }
    if (version === '1.2') for (const node of back.nodes) if (node.attributes) node.attributes.color = rgbToHex(node.attributes.color);
    expect(canonical(back)).toEqual(canonical(original.export()));
    expect(reread.getAttributes()).toEqual({ creator: 'deai-kg', description: `DeAI knowledge graph — ${build().base}` });
  });

  it('should write GEXF 1.2draft by default, with the 1.2draft viz namespace, viz:color (r, g, b), position and size', () => {
    const gexf = graphologyToGexf(graphToGraphology(seedGraph()));
    expect(gexf).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz">');
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(gexf).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/);
    expect(gexf).toMatch(/<viz:size value="[\d.]+"\/>/);
    expect(gexf).toContain('<attribute id="sourceLine" title="sourceLine" type="integer"/>');
    expect(gexf).not.toContain(' kind=');
  });

  it('should write GEXF 1.3 with viz:color (hex), viz:position and viz:size, and typed attributes', () => {
    const gexf = graphologyToGexf(graphToGraphology(seedGraph()), '1.3');
    expect(gexf).toMatch(/<gexf version="1\.3" xmlns="http:\/\/gexf\.net\/1\.3" xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz"/);
    expect(gexf).toMatch(/<viz:color hex="#[0-9a-f]{6}"\/>/);
    expect(gexf).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/);
    expect(gexf).toMatch(/<viz:size value="[\d.]+"\/>/);
    expect(gexf).toContain('<attribute id="sourceLine" title="sourceLine" type="integer"/>');
    expect(gexf).toContain('<attribute id="type" title="type" type="string"/>');
    expect(gexf).toContain(' kind="coversStage"');
  });

  it('should refuse text that XML 1.0 cannot carry, naming the value', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a', { label: 'bell \u0007' });
    expect(() => graphologyToGexf(graph)).toThrow(expect.objectContaining({ name: 'UnrepresentableError' }));
  });
});
