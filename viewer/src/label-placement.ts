// Where each node's label goes, so that no two labels overlap and labels do not cover other nodes: greedy, in
// priority order, trying eight spots around the node (right first); a required label (the selection, a stage,
// capability or assumption) also tries spots farther out, joined to its node by a leader line.
import { contains, intersects, type Rect } from './geometry.js';

export interface LabelRequest {
  readonly key: string;
  /** The node's centre and disc radius, in viewport pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** The label's box. */
  readonly width: number;
  readonly height: number;
  /** Placed wherever there is room, even over other nodes; others are dropped when their first ring is full. */
  readonly required: boolean;
}

export interface Disc {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface PlacedLabel {
  readonly key: string;
  readonly box: Rect;
  /** Set when the box is away from the node: draw a line from the node to it. */
  readonly leader: boolean;
}

export interface PlacementInput {
  /** In priority order: earlier requests win the space. */
  readonly requests: readonly LabelRequest[];
  /** Every drawn node, labelled or not: labels avoid covering them. */
  readonly discs: readonly Disc[];
  /** Labels stay inside this rectangle (the free part of the graph pane). */
  readonly bounds: Rect;
  /** At most this many labels that are not required. */
  readonly limit?: number;
  /** Optional labels of nodes drawn smaller than this radius are not tried (a zoomed-out graph of 10k dots). */
  readonly minRadius?: number;
}

const GAP = 3;
/** Labels keep this far apart, so two never touch. */
const MARGIN = 2;
const RINGS_REQUIRED = 6;

export function placeLabels(input: PlacementInput): PlacedLabel[] {
  const labels = new SpatialGrid<Rect>();
  const discs = new SpatialGrid<Disc>();
  for (const d of input.discs) discs.add({ x: d.x - d.radius, y: d.y - d.radius, width: 2 * d.radius, height: 2 * d.radius }, d);
  const placed: PlacedLabel[] = [];
  let optional = 0;
  const limit = input.limit ?? Infinity;

  for (const request of input.requests) {
    if (!request.required && (optional >= limit || request.radius < (input.minRadius ?? 0))) continue;
    let best: { box: Rect; ring: number; covered: number } | undefined;
    const rings = request.required ? RINGS_REQUIRED : 1;
    for (let ring = 0; ring < rings && !(best && best.covered === 0); ring++) {
      for (const box of spots(request, ring)) {
        if (!contains(input.bounds, box)) continue;
        const padded = { x: box.x - MARGIN, y: box.y - MARGIN, width: box.width + 2 * MARGIN, height: box.height + 2 * MARGIN };
        if (labels.some(padded, (other) => intersects(other, padded))) continue;
        const covers = (d: Disc): boolean => d.key !== request.key && discOverlaps(d, box);
        // An optional label must cover no node: stop at the first; a required one counts them, to take the fewest.
        if (!request.required && discs.some(box, covers)) continue;
        // Counting stops once it reaches the best spot's count: that spot cannot win (most of the time at 10k nodes).
        const covered = request.required ? discs.count(box, covers, best ? best.covered : Infinity) : 0;
        if (!best || covered < best.covered) best = { box, ring, covered };
        if (covered === 0) break;
      }
    }
    if (!best) continue;
    labels.add(best.box, best.box);
    placed.push({ key: request.key, box: best.box, leader: best.ring > 0 });
    if (!request.required) optional++;
  }
  return placed;
}

/**
 * Boxes around the node at a ring's distance: right, left, above, below, the diagonals; a required label's outer
 * rings also try above and below shifted to either side (a long name near the pane's edge).
 */
function spots(r: LabelRequest, ring: number): Rect[] {
  const d = r.radius + GAP + ring * r.height * 1.6;
  const { width: w, height: h } = r;
  const diagonal = d * 0.72;
  const boxes = [
    { x: r.x + d, y: r.y - h / 2, width: w, height: h },
    { x: r.x - d - w, y: r.y - h / 2, width: w, height: h },
    { x: r.x - w / 2, y: r.y - d - h, width: w, height: h },
    { x: r.x - w / 2, y: r.y + d, width: w, height: h },
    { x: r.x + diagonal, y: r.y - diagonal - h, width: w, height: h },
    { x: r.x + diagonal, y: r.y + diagonal, width: w, height: h },
    { x: r.x - diagonal - w, y: r.y - diagonal - h, width: w, height: h },
    { x: r.x - diagonal - w, y: r.y + diagonal, width: w, height: h },
  ];
  if (ring === 0) return boxes;
  for (const y of [r.y - d - h, r.y + d]) boxes.push({ x: r.x - r.radius, y, width: w, height: h }, { x: r.x + r.radius - w, y, width: w, height: h });
  return boxes;
}

function discOverlaps(d: Disc, box: Rect): boolean {
  const nearestX = Math.max(box.x, Math.min(d.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(d.y, box.y + box.height));
  return (nearestX - d.x) ** 2 + (nearestY - d.y) ** 2 < d.radius * d.radius;
}

/** A uniform grid of buckets: the candidates near a box without scanning everything (10k nodes, 60 frames a second). */
class SpatialGrid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size = 64) {}

  add(box: Rect, item: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }

  /** How many distinct items near the box pass the test, counting no further than `max`. */
  count(box: Rect, test: (item: T) => boolean, max: number): number {
    const found = new Set<T>(); // only the items that pass: an item spanning two cells is met twice
    for (const key of this.keys(box)) {
      for (const item of this.cells.get(key) ?? []) {
        if (found.has(item) || !test(item)) continue;
        found.add(item);
        if (found.size >= max) return found.size;
      }
    }
    return found.size;
  }

  /** Whether any item near the box passes the test; stops at the first. */
  some(box: Rect, test: (item: T) => boolean): boolean {
    for (const key of this.keys(box)) for (const item of this.cells.get(key) ?? []) if (test(item)) return true;
    return false;
  }

  /** Cell numbers: column and row packed into one number (a pane is far less than 65,536 cells across). */
  private keys(box: Rect): number[] {
    const keys: number[] = [];
    for (let i = Math.floor(box.x / this.size); i <= Math.floor((box.x + box.width) / this.size); i++) {
      for (let j = Math.floor(box.y / this.size); j <= Math.floor((box.y + box.height) / this.size); j++) keys.push((i + 32768) * 65536 + (j + 32768));
    }
    return keys;
  }
}
