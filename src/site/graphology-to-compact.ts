// A smaller encoding of a graphology export, for the viewer to fetch. graph.json repeats each edge's key (built
// from its two IRIs), both IRIs and its attributes: 38 MB at 10k projects, seconds to download and parse before the
// first frame. Here node keys are listed once and edges point at them by index; an edge's key is stored only when
// it is not the projection's `relation:source->target`; the few distinct edge attribute objects are listed once.
// Lossless: compactToGraphology gives back the export, edge keys included (tested both ways).
import type { SerializedGraph } from 'graphology-types';

type Attributes = Record<string, unknown>;

export interface CompactGraph {
  readonly format: 'deai-kg-compact-graph/1';
  readonly options: SerializedGraph['options'];
  readonly attributes: Attributes;
  /** Node keys, in export order; `nodeAttributes[i]` belongs to `nodes[i]`. */
  readonly nodes: string[];
  readonly nodeAttributes: Attributes[];
  /** Distinct edge attribute objects. */
  readonly edgeAttributes: Attributes[];
  /** Three numbers per edge: source index, target index, index into edgeAttributes. */
  readonly edges: number[];
  /** Edge position → key, for the edges whose key is not `relation:source->target`. */
  readonly edgeKeys: Record<string, string>;
  /** Edge positions that are undirected (none in the projection, kept for a lossless round trip). */
  readonly undirected: number[];
}

/** The key the projection gives an edge (quads-to-property-graph): stored only when an edge's key differs. */
export const defaultEdgeKey = (relation: unknown, source: string, target: string): string => `${String(relation)}:${source}->${target}`;

export function graphologyToCompact(exported: SerializedGraph): CompactGraph {
  const index = new Map<string, number>();
  const nodes: string[] = [];
  const nodeAttributes: Attributes[] = [];
  for (const node of exported.nodes) {
    index.set(node.key, nodes.length);
    nodes.push(node.key);
    nodeAttributes.push((node.attributes ?? {}) as Attributes);
  }
  const attributeIndex = new Map<string, number>();
  const edgeAttributes: Attributes[] = [];
  const edges: number[] = [];
  const edgeKeys: Record<string, string> = {};
  const undirected: number[] = [];
  exported.edges.forEach((edge, i) => {
    const attributes = (edge.attributes ?? {}) as Attributes;
    const text = JSON.stringify(attributes);
    let a = attributeIndex.get(text);
    if (a === undefined) {
      a = edgeAttributes.length;
      attributeIndex.set(text, a);
      edgeAttributes.push(attributes);
    }
    edges.push(index.get(edge.source) as number, index.get(edge.target) as number, a);
    if (edge.key !== defaultEdgeKey(attributes.relation, edge.source, edge.target)) edgeKeys[i] = String(edge.key);
    if (edge.undirected) undirected.push(i);
  });
  return { format: 'deai-kg-compact-graph/1', options: exported.options, attributes: (exported.attributes ?? {}) as Attributes, nodes, nodeAttributes, edgeAttributes, edges, edgeKeys, undirected };
}

/** An edge's key as in the export. */
export function compactEdgeKey(compact: CompactGraph, i: number): string {
  return compact.edgeKeys[i] ?? defaultEdgeKey(compact.edgeAttributes[compact.edges[3 * i + 2] as number]?.relation, compact.nodes[compact.edges[3 * i] as number] as string, compact.nodes[compact.edges[3 * i + 1] as number] as string);
}

/** Back to graphology's serialisation (what graph.json holds). */
export function compactToGraphology(compact: CompactGraph): SerializedGraph {
  const undirected = new Set(compact.undirected);
  const edges = [];
  for (let i = 0; i < compact.edges.length / 3; i++) {
    edges.push({
      key: compactEdgeKey(compact, i),
      source: compact.nodes[compact.edges[3 * i] as number] as string,
      target: compact.nodes[compact.edges[3 * i + 1] as number] as string,
      attributes: { ...compact.edgeAttributes[compact.edges[3 * i + 2] as number] },
      ...(undirected.has(i) ? { undirected: true } : {}),
    });
  }
  return { options: compact.options, attributes: compact.attributes, nodes: compact.nodes.map((key, i) => ({ key, attributes: { ...compact.nodeAttributes[i] } })), edges };
}
