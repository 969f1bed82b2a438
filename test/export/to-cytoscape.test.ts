// graphology → Cytoscape.js JSON: every node with its data and position, every edge with source, target and relation.
import { describe, expect, it } from 'vitest';
import { graphologyToCytoscape } from '../../src/export/to-cytoscape.js';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { seedGraph } from '../helpers/seed.js';

describe('graphologyToCytoscape', () => {
  const graph = graphToGraphology(seedGraph());
  const cy = graphologyToCytoscape(graph);

  it('should hold elements.nodes and elements.edges, one per node and edge of the projection', () => {
    expect(cy.elements.nodes).toHaveLength(graph.order);
    expect(cy.elements.edges).toHaveLength(graph.size);
    expect(cy.data).toEqual(graph.getAttributes());
  });

  it('should keep every node attribute in data, with x and y as the position', () => {
    const numerai = cy.elements.nodes.find((n) => n.data.id === 'https://w3id.org/deai/project/numerai');
    const { x, y, ...rest } = graph.getNodeAttributes('https://w3id.org/deai/project/numerai');
    expect(numerai).toEqual({ data: { id: 'https://w3id.org/deai/project/numerai', ...rest }, position: { x, y } });
    expect(Object.keys(numerai?.data ?? {})[0]).toBe('id');
  });

  it('should give each edge its key as id, its endpoints and its attributes', () => {
    const key = graph.edges()[0] as string;
    const edge = cy.elements.edges.find((e) => e.data.id === key);
    expect(edge?.data).toEqual({ id: key, source: graph.source(key), target: graph.target(key), ...graph.getEdgeAttributes(key) });
  });
});
