// A smaller encoding of a graphology export, for the viewer to fetch. graph.json repeats each edge's key (built
// from its two IRIs), both IRIs and its attributes, and names every attribute of every node: 38 MB at 10k projects,
// seconds to download and parse before the first frame. Here node keys are listed once and edges point at them by
// index; an edge's key is stored only when it is not the projection's `relation:source->target`; the few distinct
// edge attribute objects are listed once; node attributes are stored by column (each name once, not once a node),
// and a column whose values are the nodes' own keys (`iri`) says so instead of repeating them.
// Lossless: compactToGraphology gives back the export, edge keys included (tested both ways).
import type { SerializedGraph } from 'graphology-types';

type Attributes = Record<string, unknown>;
/** One value per node (null: none), or node position → value. */
type Column = unknown[] | Record<string, unknown>;

export interface CompactGraph {
  readonly format: 'deai-kg-compact-graph/2';
  readonly options: SerializedGraph['options'];
  readonly attributes: Attributes;
  /** Node keys, in export order; entry i of every node column belongs to `nodes[i]`. */
  readonly nodes: string[];
  /**
   * Node attributes by name: one value per node, `null` where the node has no such attribute; or, for an attribute
   * few nodes have (a stage's notation), node position → value. In the columns named in `keyColumns`, `1` stands for
   * the node's own key.
   */
  readonly nodeColumns: Record<string, Column>;
  readonly keyColumns: string[];
  /** Node position → attributes a column cannot hold (a value that is `null`), rare. */
  readonly nodeOther: Record<string, Attributes>;
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

/** In a key column, the stand-in for the node's own key. */
const OWN_KEY = 1;

export function graphologyToCompact(exported: SerializedGraph): CompactGraph {
  const index = new Map<string, number>();
  const nodes = exported.nodes.map((node, i) => {
    index.set(node.key, i);
    return node.key;
  });
  const { nodeColumns, keyColumns, nodeOther } = nodeAttributesToColumns(exported.nodes);
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
  return { format: 'deai-kg-compact-graph/2', options: exported.options, attributes: (exported.attributes ?? {}) as Attributes, nodes, nodeColumns, keyColumns, nodeOther, edgeAttributes, edges, edgeKeys, undirected };
}

function nodeAttributesToColumns(nodes: SerializedGraph['nodes']): Pick<CompactGraph, 'nodeColumns' | 'keyColumns' | 'nodeOther'> {
  const nodeColumns: Record<string, unknown[]> = {};
  const nodeOther: Record<string, Attributes> = {};
  nodes.forEach((node, i) => {
    for (const [name, value] of Object.entries((node.attributes ?? {}) as Attributes)) {
      if (value === null || value === undefined) {
        (nodeOther[i] ??= {})[name] = value;
        continue;
      }
      (nodeColumns[name] ??= new Array<unknown>(nodes.length).fill(null))[i] = value;
    }
  });
  // A column of strings each equal to its node's key (the IRI attribute) is stored as the stand-in.
  const keyColumns = Object.keys(nodeColumns).filter((name) => nodeColumns[name]?.every((value, i) => value === null || value === nodes[i]?.key));
  for (const name of keyColumns) nodeColumns[name] = (nodeColumns[name] as unknown[]).map((value) => (value === null ? null : OWN_KEY));
  // A column most nodes lack is smaller as position → value (a `null,` a node against a `"1234":` a value).
  const columns: Record<string, Column> = {};
  for (const [name, values] of Object.entries(nodeColumns)) {
    const present = values.filter((value) => value !== null).length;
    columns[name] = present * 3 < values.length ? Object.fromEntries(values.flatMap((value, i) => (value === null ? [] : [[i, value]]))) : values;
  }
  return { nodeColumns: columns, keyColumns, nodeOther };
}

/**
 * Every node's attributes, as the export had them, in node order (the viewer builds its graph from these too).
 * Filled column by column: each node's object gets its attributes in the same order, so they share one shape.
 */
export function compactNodeAttributes(compact: CompactGraph): Attributes[] {
  const all = compact.nodes.map((): Attributes => ({}));
  const keyed = new Set(compact.keyColumns);
  forEachColumnValue(compact.nodeColumns, (name, i, value) => {
    (all[i] as Attributes)[name] = keyed.has(name) && value === OWN_KEY ? compact.nodes[i] : value;
  });
  for (const [i, other] of Object.entries(compact.nodeOther)) Object.assign(all[Number(i)] as Attributes, other);
  return all;
}

/** Each value a column holds (null stands for none), with its node's position. */
function forEachColumnValue(columns: Record<string, Column>, visit: (name: string, i: number, value: unknown) => void): void {
  for (const [name, column] of Object.entries(columns)) {
    if (Array.isArray(column)) {
      for (let i = 0; i < column.length; i++) if (column[i] !== null && column[i] !== undefined) visit(name, i, column[i]);
    } else for (const [i, value] of Object.entries(column)) if (value !== null && value !== undefined) visit(name, Number(i), value);
  }
}

/**
 * The node attributes only the viewer's Details panel and matrix read (web links, the survey's assumption text, the
 * section's category): at 10k projects 1.2 of graph.compact.json's 3.3 MB. They go to graph.details.json, which the
 * viewer fetches after its first frame.
 */
export const DETAIL_COLUMNS: readonly string[] = ['reference', 'whitepaper', 'documentation', 'sourceCode', 'paperLink', 'securityAssumptionText', 'category'];

/** graph.details.json: node columns held apart from graph.compact.json, by the same node positions. */
export interface CompactDetails {
  readonly format: 'deai-kg-compact-details/1';
  /** How many nodes graph.compact.json lists (a check that the two files belong together). */
  readonly nodeCount: number;
  readonly nodeColumns: Record<string, Column>;
}

/** The compact graph without the detail columns, and those columns. Key columns stay (they need the node keys). */
export function splitCompactDetails(compact: CompactGraph, names: readonly string[] = DETAIL_COLUMNS): { graph: CompactGraph; details: CompactDetails } {
  const nodeColumns: Record<string, Column> = {};
  const detailColumns: Record<string, Column> = {};
  for (const [name, column] of Object.entries(compact.nodeColumns)) {
    if (names.includes(name) && !compact.keyColumns.includes(name)) detailColumns[name] = column;
    else nodeColumns[name] = column;
  }
  return { graph: { ...compact, nodeColumns }, details: { format: 'deai-kg-compact-details/1', nodeCount: compact.nodes.length, nodeColumns: detailColumns } };
}

/** The detail columns by node position (only the nodes that have one). */
export function compactDetailsAttributes(details: CompactDetails): Map<number, Attributes> {
  const byNode = new Map<number, Attributes>();
  forEachColumnValue(details.nodeColumns, (name, i, value) => {
    let attributes = byNode.get(i);
    if (!attributes) byNode.set(i, (attributes = {}));
    attributes[name] = value;
  });
  return byNode;
}

/** The two files the viewer fetches: graph.compact.json before its first frame, graph.details.json after it. */
export function graphologyToCompactFiles(exported: SerializedGraph): { 'graph.compact.json': string; 'graph.details.json': string } {
  const { graph, details } = splitCompactDetails(graphologyToCompact(exported));
  return { 'graph.compact.json': `${JSON.stringify(graph)}\n`, 'graph.details.json': `${JSON.stringify(details)}\n` };
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
  const attributes = compactNodeAttributes(compact);
  return { options: compact.options, attributes: compact.attributes, nodes: compact.nodes.map((key, i) => ({ key, attributes: attributes[i] as Attributes })), edges };
}
