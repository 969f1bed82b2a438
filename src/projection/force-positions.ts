// ForceAtlas2 positions from seeded starting points: the same graph and seed always land the same way.
import type { AbstractGraph as Graph } from 'graphology-types';
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export type Point = { x: number; y: number };

export interface ForceOptions {
  /** Seed of the starting positions; same seed, same graph → same layout. Default 1. */
  readonly seed?: number;
  /** ForceAtlas2 iterations; default scales down with graph size. */
  readonly iterations?: number;
  /** Starting positions that replace the seeded ones (nodes not named here start seeded). */
  readonly start?: Readonly<Record<string, Point>>;
  /** Nodes that stay at their starting position. */
  readonly fixed?: ReadonlySet<string>;
}

type ForceAtlas2 = ((graph: Graph, params: { iterations: number; settings?: ForceAtlas2Settings }) => Record<string, Point>) & {
  inferSettings(graph: Graph): ForceAtlas2Settings;
};
// A CommonJS package typed as an ES default export: Node's ESM loader and bundlers put the function on `default`.
const forceAtlas2 = ((forceAtlas2Module as { default?: unknown }).default ?? forceAtlas2Module) as ForceAtlas2;

export function forcePositions(graph: Graph, options: ForceOptions = {}): Record<string, Point> {
  const random = mulberry32(options.seed ?? 1);
  const positions: Record<string, Point> = {};
  // Sorted keys: the same graph gets the same start whatever order its nodes were added in.
  for (const key of [...graph.nodes()].sort()) {
    const seeded = { x: random() * 100, y: random() * 100 };
    positions[key] = options.start?.[key] ?? seeded;
  }
  const work = graph.copy();
  work.forEachNode((key: string) => work.mergeNodeAttributes(key, { ...(positions[key] as Point), ...(options.fixed?.has(key) ? { fixed: true } : {}) }));
  const order = work.order;
  const iterations = options.iterations ?? defaultIterations(order);
  return forceAtlas2(work, { iterations, settings: forceSettings(work) });
}

/** The ForceAtlas2 settings of every layout here, also the viewer's live refinement (so refining keeps the spread). */
export function forceSettings(graph: Graph): ForceAtlas2Settings {
  // Hubs (every project links the capability columns) would pull together in the middle: dissuade them, and
  // spread the graph a little more than the inferred defaults so labels have room.
  const inferred = forceAtlas2.inferSettings(graph);
  return { ...inferred, outboundAttractionDistribution: true, scalingRatio: (inferred.scalingRatio ?? 1) * 4, barnesHutOptimize: graph.order > 2000, adjustSizes: false };
}

/** ForceAtlas2 iterations by graph size: fewer as each costs more. */
export function defaultIterations(order: number): number {
  return order < 500 ? 600 : order < 5000 ? 200 : 60;
}

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
