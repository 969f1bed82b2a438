// A deterministic layout: seeded initial positions, then a fixed number of ForceAtlas2 iterations.
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { NODE_COLORS, type NodeType } from './projection-spec.js';

export interface LayoutOptions {
  /** Seed of the initial positions; same seed, same graph → same layout. Default 1. */
  readonly seed?: number;
  /** ForceAtlas2 iterations; default scales down with graph size. */
  readonly iterations?: number;
}

export interface NodeDisplay {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly color: string;
}

type ForceAtlas2 = ((graph: Graph, params: { iterations: number; settings?: ForceAtlas2Settings }) => Record<string, { x: number; y: number }>) & {
  inferSettings(graph: Graph): ForceAtlas2Settings;
};
// A CommonJS package typed as an ES default export: Node's ESM loader and bundlers put the function on `default`.
const forceAtlas2 = ((forceAtlas2Module as { default?: unknown }).default ?? forceAtlas2Module) as ForceAtlas2;

/** Positions, sizes (by degree) and colours (by node type) for every node; the graph is not changed. */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Record<string, NodeDisplay> {
  const random = mulberry32(options.seed ?? 1);
  const positions: Record<string, { x: number; y: number }> = {};
  // Sorted keys: the same graph gets the same start whatever order its nodes were added in.
  for (const key of [...graph.nodes()].sort()) positions[key] = { x: random() * 100, y: random() * 100 };
  const work = graph.copy();
  work.forEachNode((key: string) => work.mergeNodeAttributes(key, positions[key] as { x: number; y: number }));
  const order = work.order;
  const iterations = options.iterations ?? (order < 500 ? 600 : order < 5000 ? 200 : 60);
  // Hubs (every project links the capability columns) would pull together in the middle: dissuade them, and
  // spread the graph a little more than the inferred defaults so labels have room.
  const inferred = forceAtlas2.inferSettings(work);
  const settings = { ...inferred, outboundAttractionDistribution: true, scalingRatio: (inferred.scalingRatio ?? 1) * 4, barnesHutOptimize: order > 2000, adjustSizes: false };
  const final = forceAtlas2(work, { iterations, settings });
  const display: Record<string, NodeDisplay> = {};
  graph.forEachNode((key: string, attributes: Attributes) => {
    const p = final[key] as { x: number; y: number };
    display[key] = {
      x: round(p.x),
      y: round(p.y),
      size: round(3 + 2 * Math.sqrt(graph.degree(key))),
      color: NODE_COLORS[attributes.type as NodeType] ?? '#6b7280',
    };
  });
  return display;
}

/** The mutating twin: writes x, y, size and color onto the graph's nodes. */
layoutGraph.assign = function assignLayout(graph: Graph, options: LayoutOptions = {}): void {
  const display = layoutGraph(graph, options);
  graph.forEachNode((key: string) => graph.mergeNodeAttributes(key, display[key] as NodeDisplay));
};

/** Small, fast, seeded PRNG (public domain, Tommy Ettinger). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fixed precision keeps exports byte-identical across platforms' float printing. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
