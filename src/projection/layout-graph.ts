// A deterministic layout: seeded initial positions, then a fixed number of ForceAtlas2 iterations; for the viewer,
// the lifecycle layout (stages on a ring in the table's column order).
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { forcePositions, mulberry32, type Point } from './force-positions.js';
import { lifecyclePositions } from './lifecycle-layout.js';
import { NODE_COLORS, type NodeType } from './projection-spec.js';

export { mulberry32 };

export interface LayoutOptions {
  /** Seed of the initial positions; same seed, same graph → same layout. Default 1. */
  readonly seed?: number;
  /** ForceAtlas2 iterations; default scales down with graph size. */
  readonly iterations?: number;
  /**
   * "force" (default, what the graph exports carry): ForceAtlas2 over every link. "lifecycle" (the viewer's):
   * lifecycle stages pinned on a ring in column order, near-universal criteria left out of the forces.
   */
  readonly mode?: 'force' | 'lifecycle';
}

export interface NodeDisplay {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly color: string;
}

/** Positions, sizes (by degree) and colours (by node type) for every node; the graph is not changed. */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Record<string, NodeDisplay> {
  const force = { ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.iterations !== undefined ? { iterations: options.iterations } : {}) };
  const final = options.mode === 'lifecycle' ? lifecyclePositions(graph, force) : forcePositions(graph, force);
  const display: Record<string, NodeDisplay> = {};
  graph.forEachNode((key: string, attributes: Attributes) => {
    const p = final[key] as Point;
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

/** Fixed precision keeps exports byte-identical across platforms' float printing. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
