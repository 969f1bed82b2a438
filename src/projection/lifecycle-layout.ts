// The viewer's layout: the table's lifecycle stages pinned on a ring in column order (Task Proposing at nine
// o'clock, then clockwise), projects, papers and assumptions placed by ForceAtlas2 among them; criteria nearly every
// project holds are left out of the forces (they would pull everything to the middle) and sit in a small circle
// at the centre.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { defaultIterations, type ForceOptions, forcePositions, type Point } from './force-positions.js';
import { nearUniversalCriteria } from './near-universal-criteria.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

/** The ring's radius as a share of the free layout's extent: stages sit inside, leaves and parents outside. */
const RING = 0.6;
/** Parent stages (Pre-training ⊃ Data Preparation, Compute) sit outside the ring, by their parts. */
const PARENT_RING = 1.25;
/** The near-universal criteria's circle at the centre (drawn only when their layer is on). */
const UNIVERSAL_RING = 0.22;

export function lifecyclePositions(graph: Graph, options: ForceOptions = {}): Record<string, Point> {
  const universal = nearUniversalCriteria(graph);
  const column = (key: string): number => Number(graph.getNodeAttribute(key, 'tableColumn'));
  const stages = graph
    .filterNodes((key, a) => a.type === 'stage' && typeof a.tableColumn === 'number' && !universal.has(key))
    .sort((a, b) => column(a) - column(b) || (a < b ? -1 : 1));
  if (stages.length < 3) return forcePositions(graph, options); // no lifecycle to lay out along

  const work = graph.copy();
  for (const key of universal) work.dropNode(key);
  // A free layout first, to learn the scale ForceAtlas2 settles at for this graph (a third of the iterations does).
  const free = forcePositions(work, { ...options, iterations: Math.ceil((options.iterations ?? defaultIterations(work.order)) / 3) });
  const points = Object.values(free);
  const centre = { x: mean(points.map((p) => p.x)), y: mean(points.map((p) => p.y)) };
  const radius = RING * Math.max(1, ...points.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)));

  const pinned: Record<string, Point> = {};
  stages.forEach((key, i) => {
    const angle = Math.PI - (i * 2 * Math.PI) / stages.length; // y grows upwards on screen: clockwise
    pinned[key] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
  work.forEachNode((key, a) => {
    if (a.type !== 'stage' || pinned[key]) return;
    const parts = work.filterInEdges(key, (_e, ea) => ea.relation === 'broader').map((e) => pinned[work.source(e)]).filter((p): p is Point => p !== undefined);
    if (parts.length === 0) return;
    const dx = mean(parts.map((p) => p.x)) - centre.x;
    const dy = mean(parts.map((p) => p.y)) - centre.y;
    const length = Math.hypot(dx, dy) || 1;
    pinned[key] = { x: centre.x + (dx / length) * radius * PARENT_RING, y: centre.y + (dy / length) * radius * PARENT_RING };
  });
  const placed = forcePositions(work, { ...options, start: { ...free, ...pinned }, fixed: new Set(Object.keys(pinned)) });

  const hubs = [...universal].sort((a, b) => column(a) - column(b) || (a < b ? -1 : 1));
  hubs.forEach((key, i) => {
    const angle = Math.PI / 2 - (i * 2 * Math.PI) / hubs.length;
    placed[key] = { x: centre.x + UNIVERSAL_RING * radius * Math.cos(angle), y: centre.y + UNIVERSAL_RING * radius * Math.sin(angle) };
  });
  return placed;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
}
