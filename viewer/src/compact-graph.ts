// The viewer's graph from data/graph.compact.json (src/site/graphology-to-compact.ts): the same graph as graph.json,
// same node and edge keys and attributes, from a file a fifth the size; built with direct adds, no export objects.
import { MultiDirectedGraph } from 'graphology';
import { compactEdgeKey, type CompactGraph } from '../../src/site/graphology-to-compact.js';

export function compactToGraph(compact: CompactGraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph(compact.options);
  graph.replaceAttributes({ ...compact.attributes });
  compact.nodes.forEach((key, i) => graph.addNode(key, compact.nodeAttributes[i]));
  const undirected = new Set(compact.undirected);
  const { edges, nodes, edgeAttributes } = compact;
  for (let i = 0, n = edges.length / 3; i < n; i++) {
    const source = nodes[edges[3 * i] as number] as string;
    const target = nodes[edges[3 * i + 1] as number] as string;
    // Each edge its own attributes object: graphology keeps the object it is given, and the layout writes to them.
    const attributes = { ...edgeAttributes[edges[3 * i + 2] as number] };
    const key = compactEdgeKey(compact, i);
    if (undirected.has(i)) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}
