// The viewer's graph from data/graph.compact.json (src/site/graphology-to-compact.ts): the same graph as graph.json,
// same nodes, edges and attributes, from a file an eighth to a twelfth the size; built with direct adds, no export
// objects.
// Edges are keyed by their position in the file, not by graph.json's keys (`relation:source->target`): the viewer
// never reads an edge's key, and building 95,715 such strings took this step from ~300 to ~500 ms at 10k nodes (in
// Node, same graphology).
import { MultiDirectedGraph } from 'graphology';
import { compactNodeAttributes, type CompactGraph } from '../../src/site/graphology-to-compact.js';

export function compactToGraph(compact: CompactGraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph(compact.options);
  graph.replaceAttributes({ ...compact.attributes });
  const attributes = compactNodeAttributes(compact);
  compact.nodes.forEach((key, i) => graph.addNode(key, attributes[i]));
  const undirected = new Set(compact.undirected);
  const { edges, nodes, edgeAttributes } = compact;
  for (let i = 0, n = edges.length / 3; i < n; i++) {
    const source = nodes[edges[3 * i] as number] as string;
    const target = nodes[edges[3 * i + 1] as number] as string;
    // Each edge its own attributes object: graphology keeps the object it is given, and the layout writes to them.
    const attributes = { ...edgeAttributes[edges[3 * i + 2] as number] };
    // Keyed by position in the file: cheap, and the same on every load.
    if (undirected.has(i)) graph.addUndirectedEdgeWithKey(String(i), source, target, attributes);
    else graph.addDirectedEdgeWithKey(String(i), source, target, attributes);
  }
  return graph;
}
