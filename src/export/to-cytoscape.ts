// graphology graph → Cytoscape.js JSON (`elements.nodes` / `elements.edges`), also what Cytoscape desktop imports as .cyjs.
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';

export interface CytoscapeNode {
  readonly data: { id: string } & Attributes;
  readonly position?: { x: number; y: number };
}

export interface CytoscapeEdge {
  readonly data: { id: string; source: string; target: string } & Attributes;
}

export interface CytoscapeJson {
  readonly format_version: string;
  readonly generated_by: string;
  readonly target_cytoscapejs_version: string;
  readonly data: Attributes;
  readonly elements: { readonly nodes: CytoscapeNode[]; readonly edges: CytoscapeEdge[] };
}

/** Node attributes go into `data` (id = the node's key, its IRI), except x and y, which are the node's `position`. */
export function graphologyToCytoscape(graph: Graph): CytoscapeJson {
  const nodes: CytoscapeNode[] = [];
  graph.forEachNode((key, attributes) => {
    const { x, y, ...data } = attributes;
    const position = typeof x === 'number' && typeof y === 'number' ? { position: { x, y } } : {};
    // id first for readers, and never overridden by an attribute of that name.
    nodes.push({ data: Object.assign({ id: key }, data, { id: key }), ...position });
  });
  const edges: CytoscapeEdge[] = [];
  graph.forEachEdge((key, attributes, source, target) => edges.push({ data: Object.assign({ id: key, source, target }, attributes, { id: key, source, target }) }));
  return {
    format_version: '1.0',
    generated_by: 'deai-kg',
    target_cytoscapejs_version: '~3.0',
    data: { ...graph.getAttributes() },
    elements: { nodes, edges },
  };
}

export function graphologyToCytoscapeJson(graph: Graph): string {
  return `${JSON.stringify(graphologyToCytoscape(graph), null, 2)}\n`;
}
