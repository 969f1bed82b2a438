// graphology → GraphML with typed keys, read back by graphology-graphml's parser: the same nodes, edges and values.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { graphologyToGraphml } from '../../src/export/to-graphml.js';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { seedGraph } from '../helpers/seed.js';
import { hostileGraph } from './support/fixtures.js';

describe('graphologyToGraphml', () => {
  it.each([
    ['the bundled survey', seedGraph],
    ['the hostile names', hostileGraph],
  ])('should give graphology-graphml the same nodes, edges and attribute values for %s', (_title, build) => {
    const original = graphToGraphology(build());
    const reread = parse(MultiDirectedGraph, graphologyToGraphml(original)) as MultiDirectedGraph;
    expect([reread.order, reread.size]).toEqual([original.order, original.size]);
    // GraphML ids are n0, n1, …: nodes are matched by their iri attribute.
    const byIri = new Map(reread.mapNodes((key, a) => [a.iri as string, key] as const));
    original.forEachNode((key, attributes) => {
      expect(reread.getNodeAttributes(byIri.get(key) as string)).toEqual(attributes);
    });
    const edges = (g: MultiDirectedGraph, iri: (k: string) => string) =>
      g.mapEdges((_k, a, s, t) => JSON.stringify([iri(s), iri(t), Object.entries(a).sort()])).sort();
    expect(edges(reread, (k) => reread.getNodeAttribute(k, 'iri') as string)).toEqual(edges(original, (k) => k));
  });

  it('should declare typed keys: sourceLine int, x, y and size double, the rest string', () => {
    const graphml = graphologyToGraphml(graphToGraphology(seedGraph()));
    expect(graphml).toContain('<key id="node-sourceLine" for="node" attr.name="sourceLine" attr.type="int"/>');
    for (const name of ['x', 'y', 'size']) expect(graphml).toContain(`<key id="node-${name}" for="node" attr.name="${name}" attr.type="double"/>`);
    expect(graphml).toContain('<key id="node-label" for="node" attr.name="label" attr.type="string"/>');
    expect(graphml).toContain('<key id="edge-relation" for="edge" attr.name="relation" attr.type="string"/>');
    expect(graphml).toContain('<graph id="G" edgedefault="directed">');
  });

  it('should use XML name tokens as ids (IRIs are not) and keep each IRI as data', () => {
    const graphml = graphologyToGraphml(graphToGraphology(seedGraph()));
    const ids = [...graphml.matchAll(/<(?:node|edge) id="([^"]*)"/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) expect(id).toMatch(/^[ne]\d+$/);
    expect(graphml).toContain('<data key="node-iri">https://w3id.org/deai/project/numerai</data>');
  });

  it('should write a carriage return in a value as a character reference, so readers do not turn it into a line feed', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a', { label: 'one\r\ntwo' });
    const graphml = graphologyToGraphml(graph);
    expect(graphml).toContain('one&#xD;\ntwo');
    expect((parse(MultiDirectedGraph, graphml) as MultiDirectedGraph).getNodeAttribute('n0', 'label')).toBe('one\r\ntwo');
  });
});
