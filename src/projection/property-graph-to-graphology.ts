// PropertyGraph → a graphology MultiDirectedGraph (a project may both cover and be listed under a stage).
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from './quads-to-property-graph.js';

export function propertyGraphToGraphology(pg: PropertyGraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const node of pg.nodes) graph.addNode(node.key, { ...node.attributes });
  for (const edge of pg.edges) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
  return graph;
}
