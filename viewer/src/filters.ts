// Which nodes and edges are shown: pure functions of the graph, the filters and the layer of near-universal criteria.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { NodeType } from '../../src/projection/projection-spec.js';
import type { Links } from './compact-graph.js';
import { ALL_LEVELS, ALL_TYPES, type Filters, type ViewerState } from './state.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
type Kind = 'stages' | 'capabilities' | 'assumptions';

const CONSTRAINTS: ReadonlyArray<{ kind: Kind; relation: string }> = [
  { kind: 'stages', relation: 'coversStage' },
  { kind: 'capabilities', relation: 'hasCapability' },
  { kind: 'assumptions', relation: 'reliesOn' },
];

/**
 * A filter on a parent concept includes its narrower ones (Pre-training → Data Preparation, Compute; PoS → DPoS).
 * `links`: the graph's links, held-back ones included (compact-graph.ts), as everywhere below.
 */
export function withNarrower(graph: Graph, keys: ReadonlySet<string>, links: Links): Set<string> {
  const result = new Set(keys);
  const queue = [...keys];
  while (queue.length > 0) {
    const parent = queue.pop() as string;
    if (!graph.hasNode(parent)) continue;
    for (const { attributes, source } of links.in(parent)) {
      if (attributes.relation === 'broader' && !result.has(source)) {
        result.add(source);
        queue.push(source);
      }
    }
  }
  return result;
}

/** The nodes the filters let through. */
export function visibleNodes(graph: Graph, filters: Filters, links: Links): Set<string> {
  const visible = new Set<string>();
  const failing = failingConstraints(graph, filters, links);
  graph.forEachNode((node, attributes) => {
    if (passesType(attributes.type, filters) && !(attributes.type === 'project' && failing(node).length > 0)) visible.add(node);
  });
  return visible;
}

/**
 * What is drawn: the nodes the filters let through, less the near-universal criteria unless their layer is on; a
 * selected criterion is drawn anyway (with its links), so selecting it always shows it.
 */
export function shownNodes(graph: Graph, state: ViewerState, universal: ReadonlySet<string>, links: Links): Set<string> {
  const shown = visibleNodes(graph, state.filters, links);
  if (!state.showUniversal) for (const key of universal) if (key !== state.selected) shown.delete(key);
  return shown;
}

export function edgeVisible(attributes: Attributes, source: string, target: string, visible: ReadonlySet<string>, filters: Filters): boolean {
  if (!visible.has(source) || !visible.has(target)) return false;
  return attributes.level === undefined || filters.levels.has(attributes.level);
}

/** How many filters differ from "show everything": each hidden type or level, each ticked stage, capability or assumption. */
export function activeFilterCount(graph: Graph, filters: Filters): number {
  const present = new Set<string>();
  graph.forEachNode((_k, a) => present.add(String(a.type)));
  const hiddenTypes = [...present].filter((t) => (ALL_TYPES as readonly string[]).includes(t) && !filters.types.has(t as NodeType)).length;
  const hiddenLevels = ALL_LEVELS.filter((l) => !filters.levels.has(l)).length;
  return hiddenTypes + hiddenLevels + filters.stages.size + filters.capabilities.size + filters.assumptions.size;
}

/** The filters changed as little as possible so that `node` passes: its type shown, the constraints it fails dropped. */
export function filtersShowing(graph: Graph, filters: Filters, node: string, links: Links): Filters {
  if (!graph.hasNode(node)) return filters;
  const type = graph.getNodeAttribute(node, 'type') as NodeType;
  let next: Filters = passesType(type, filters) ? filters : { ...filters, types: new Set([...filters.types, type]) };
  if (type === 'project') for (const kind of failingConstraints(graph, next, links)(node)) next = { ...next, [kind]: new Set() };
  return next;
}

/** Unknown node kinds (a later projection may add some) are shown whatever the type filter says. */
function passesType(type: unknown, filters: Filters): boolean {
  return !(ALL_TYPES as readonly unknown[]).includes(type) || filters.types.has(type as NodeType);
}

/** For a project: the constraint kinds (stages, capabilities, assumptions) it has no allowed link for. */
function failingConstraints(graph: Graph, filters: Filters, links: Links): (node: string) => Kind[] {
  const active = CONSTRAINTS.map((c) => ({ ...c, keys: withNarrower(graph, filters[c.kind], links) })).filter((c) => c.keys.size > 0);
  if (active.length === 0) return () => [];
  return (node) => {
    const out = links.out(node);
    return active.filter((c) => !out.some(({ attributes: a, target }) => a.relation === c.relation && c.keys.has(target) && (a.level === undefined || filters.levels.has(a.level)))).map((c) => c.kind);
  };
}
