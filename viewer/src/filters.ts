// Which nodes and edges the filters let through: pure functions of the graph and the filters.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Filters } from './state.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

/** A filter on a parent concept includes its narrower ones (Pre-training → Data Preparation, Compute; PoS → DPoS). */
export function withNarrower(graph: Graph, keys: ReadonlySet<string>): Set<string> {
  const result = new Set(keys);
  const queue = [...keys];
  while (queue.length > 0) {
    const parent = queue.pop() as string;
    if (!graph.hasNode(parent)) continue;
    graph.forEachInEdge(parent, (_edge, attributes, source) => {
      if (attributes.relation === 'broader' && !result.has(source)) {
        result.add(source);
        queue.push(source);
      }
    });
  }
  return result;
}

export function visibleNodes(graph: Graph, filters: Filters): Set<string> {
  const constraints = [
    { keys: withNarrower(graph, filters.stages), relation: 'coversStage' },
    { keys: withNarrower(graph, filters.capabilities), relation: 'hasCapability' },
    { keys: withNarrower(graph, filters.assumptions), relation: 'reliesOn' },
  ].filter((c) => c.keys.size > 0);
  const visible = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!filters.types.has(attributes.type)) return;
    if (attributes.type === 'project' && !constraints.every((c) => linksTo(graph, node, c.relation, c.keys, filters))) return;
    visible.add(node);
  });
  return visible;
}

function linksTo(graph: Graph, node: string, relation: string, keys: ReadonlySet<string>, filters: Filters): boolean {
  return graph.someOutEdge(node, (_edge, a, _source, target) => a.relation === relation && keys.has(target) && (a.level === undefined || filters.levels.has(a.level)));
}

export function edgeVisible(attributes: Attributes, source: string, target: string, visible: ReadonlySet<string>, filters: Filters): boolean {
  if (!visible.has(source) || !visible.has(target)) return false;
  return attributes.level === undefined || filters.levels.has(attributes.level);
}
