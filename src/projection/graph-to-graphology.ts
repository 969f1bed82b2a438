// KnowledgeGraph → the laid-out graphology graph that the viewer draws and every graph-format export writes.
import type { MultiDirectedGraph } from 'graphology';
import { graphWithOntology, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { layoutGraph, type LayoutOptions } from './layout-graph.js';
import { propertyGraphToGraphology } from './property-graph-to-graphology.js';
import { quadsToPropertyGraph } from './quads-to-property-graph.js';

export function graphToGraphology(graph: KnowledgeGraph, options: LayoutOptions = {}): MultiDirectedGraph {
  const result = propertyGraphToGraphology(quadsToPropertyGraph(graphWithOntology(graph)));
  result.setAttribute('name', 'DeAI knowledge graph');
  result.setAttribute('base', graph.base);
  layoutGraph.assign(result, options);
  return result;
}
