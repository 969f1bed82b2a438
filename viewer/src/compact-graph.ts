// The viewer's graph from data/graph.compact.json (src/site/graphology-to-compact.ts): the same graph as graph.json,
// same nodes, edges and attributes, from a file an eighth to a twelfth the size; built with direct adds, no export
// objects.
// Edges are keyed by their position in the file, not by graph.json's keys (`relation:source->target`): the viewer
// never reads an edge's key, and building 95,715 such strings took this step from ~300 to ~500 ms at 10k nodes (in
// Node, same graphology).
// Built in two steps: the links into the near-universal criteria (61% of the edges at 10k projects, all hidden
// until their layer is turned on) are held back, so neither graphology nor sigma spends the first draw on them;
// `addDeferredEdges()` puts them in when a view draws them. Until then the graph lacks them, so the viewer reads
// every link through `links`, which answers as the complete graph does, order included.
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { CRITERION_RELATIONS, nearUniversalOfLinks } from '../../src/projection/near-universal-criteria.js';
import { compactDetailsAttributes, type CompactDetails, compactNodeAttributes, type CompactGraph } from '../../src/site/graphology-to-compact.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

export interface Link {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: Attributes;
}

/** A node's links as the complete graph gives them (graphology's order), whether or not all are in the graph yet. */
export interface Links {
  /** Outbound links. */
  out(node: string): Link[];
  /** Inbound links. */
  in(node: string): Link[];
  /** Distinct neighbours: inbound first, then outbound (graphology's `neighbors`). */
  neighbors(node: string): string[];
  areNeighbors(node: string, other: string): boolean;
}

export interface ViewerGraph {
  readonly graph: MultiDirectedGraph;
  readonly links: Links;
  /** Whether the held-back links are in the graph. */
  complete(): boolean;
  /**
   * Puts the held-back links in: the graph's edges are rebuilt in the file's order, so the graph is then the one a
   * one-step build makes, iteration order included. Does nothing the second time. Detach sigma first: it would
   * handle each of the tens of thousands of events one by one.
   */
  addDeferredEdges(): void;
}

/** The near-universal criteria of the compact file (src/projection/near-universal-criteria.ts), held back or not. */
export function compactNearUniversal(compact: CompactGraph): Set<string> {
  const { edges, nodes, edgeAttributes } = compact;
  return nearUniversalOfLinks((visit) => {
    for (let i = 0; i < edges.length; i += 3) visit(String(edgeAttributes[edges[i + 2] as number]?.relation), nodes[edges[i] as number] as string, nodes[edges[i + 1] as number] as string);
  });
}

/** The graph, with the `coversStage` and `hasCapability` links into `deferTo` held back until addDeferredEdges(). */
export function compactToGraph(compact: CompactGraph, deferTo: ReadonlySet<string> = new Set()): ViewerGraph {
  const graph = new MultiDirectedGraph(compact.options);
  graph.replaceAttributes({ ...compact.attributes });
  const attributes = compactNodeAttributes(compact);
  compact.nodes.forEach((key, i) => graph.addNode(key, attributes[i]));
  const { edges, nodes, edgeAttributes } = compact;
  const undirected = new Set(compact.undirected);
  const count = edges.length / 3;
  const link = (i: number): Link => ({
    key: String(i),
    source: nodes[edges[3 * i] as number] as string,
    target: nodes[edges[3 * i + 1] as number] as string,
    attributes: edgeAttributes[edges[3 * i + 2] as number] ?? {},
  });
  // Keyed by position in the file: cheap, and the same on every load. Each edge its own attributes object:
  // graphology keeps the object it is given, and the layout writes to them.
  const add = (i: number, source: string, target: string, attributes: Attributes): void => {
    if (undirected.has(i)) graph.addUndirectedEdgeWithKey(String(i), source, target, attributes);
    else graph.addDirectedEdgeWithKey(String(i), source, target, attributes);
  };

  // Held back: their positions by source and by target.
  let heldOut = new Map<string, number[]>();
  let heldIn = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (let i = 0; i < count; i++) {
    const source = nodes[edges[3 * i] as number] as string;
    const target = nodes[edges[3 * i + 1] as number] as string;
    const shared = edgeAttributes[edges[3 * i + 2] as number] ?? {};
    if (deferTo.has(target) && CRITERION_RELATIONS.has(String(shared.relation)) && !undirected.has(i)) {
      push(heldOut, source, i);
      push(heldIn, target, i);
    } else add(i, source, target, { ...shared });
  }
  let complete = heldOut.size === 0;
  const whole = graphLinks(graph);
  const holds = (source: string, target: string): boolean => heldOut.get(source)?.some((i) => nodes[edges[3 * i + 1] as number] === target) === true;

  const links: Links = {
    out: (node) => (complete || !heldOut.has(node) ? whole.out(node) : inGraphologyOrder(whole.out(node), (heldOut.get(node) ?? []).map((i) => link(i)), (l) => l.target)),
    in: (node) => (complete || !heldIn.has(node) ? whole.in(node) : inGraphologyOrder(whole.in(node), (heldIn.get(node) ?? []).map((i) => link(i)), (l) => l.source)),
    neighbors: (node) => {
      if (complete || (!heldOut.has(node) && !heldIn.has(node))) return whole.neighbors(node);
      // graphology: the inbound neighbours, then the outbound ones not met yet, then the undirected ones.
      const seen = new Set<string>();
      for (const l of links.in(node)) seen.add(l.source);
      for (const l of links.out(node)) seen.add(l.target);
      for (const n of graph.undirectedNeighbors(node)) seen.add(n);
      return [...seen];
    },
    // A project holds a few criteria: its held-back links are a short list.
    areNeighbors: (node, other) => whole.areNeighbors(node, other) || (!complete && (holds(node, other) || holds(other, node))),
  };

  return {
    graph,
    links,
    complete: () => complete,
    addDeferredEdges() {
      if (complete) return;
      const own = new Map<number, Attributes>();
      graph.forEachEdge((key, attributes) => own.set(Number(key), attributes)); // what the viewer may have written
      graph.clearEdges();
      for (let i = 0; i < count; i++) {
        const l = link(i);
        add(i, l.source, l.target, own.get(i) ?? { ...l.attributes });
      }
      complete = true;
      heldOut = new Map();
      heldIn = new Map();
    },
  };
}

/**
 * graph.details.json's attributes into the nodes' own attribute objects (`nodes`: graph.compact.json's node keys),
 * with no graphology events: nothing drawn reads them, and sigma reprocesses every node it hears of (10k at 10k).
 */
export function addCompactDetails(graph: Graph, nodes: readonly string[], details: CompactDetails): void {
  if (details.format !== 'deai-kg-compact-details/1' || details.nodeCount !== nodes.length) {
    throw new Error(`data/graph.details.json does not belong with data/graph.compact.json (${String(details.nodeCount)} nodes, not ${nodes.length}): write the site again with deai-kg site`);
  }
  for (const [i, attributes] of compactDetailsAttributes(details)) Object.assign(graph.getNodeAttributes(nodes[i] as string), attributes);
}

/** Links over a complete graph (nothing held back): the graph's own answers. */
export function graphLinks(graph: Graph): Links {
  const entry = (key: string, attributes: Attributes, source: string, target: string): Link => ({ key, source, target, attributes });
  return {
    out: (node) => graph.mapOutEdges(node, entry),
    in: (node) => graph.mapInEdges(node, entry),
    neighbors: (node) => graph.neighbors(node),
    areNeighbors: (node, other) => graph.areNeighbors(node, other),
  };
}

/**
 * The links of one node, from the graph and held back, in the order the complete graph gives them: graphology keeps
 * a node's neighbours in the order their first link was added (the file's order), and puts a neighbour's newest link
 * first. `other` is the neighbour's end of a link.
 */
function inGraphologyOrder(inGraph: Link[], held: Link[], other: (l: Link) => string): Link[] {
  const all = [...inGraph, ...held];
  const first = new Map<string, number>();
  for (const l of all) {
    const at = first.get(other(l));
    if (at === undefined || Number(l.key) < at) first.set(other(l), Number(l.key));
  }
  return all.sort((a, b) => (first.get(other(a)) as number) - (first.get(other(b)) as number) || Number(b.key) - Number(a.key));
}
