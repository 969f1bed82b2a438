// The table's criteria (stage and capability columns) that nearly every project holds: their links carry no
// information, so the viewer draws them as a layer the reader turns on, and the lifecycle layout ignores them.
import type { AbstractGraph, Attributes } from 'graphology-types';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

/** More than this share of the table's projects hold the criterion (● or ◑). */
export const NEAR_UNIVERSAL_SHARE = 0.8;
/** Below this many projects in the table a share says little (two projects both with ● would be "universal"). */
export const NEAR_UNIVERSAL_MIN_PROJECTS = 10;

const CRITERION_RELATIONS = new Set(['coversStage', 'hasCapability']);

/**
 * Stage and capability nodes held (● full or ◑ partial) by more than `share` of the projects that have a row in
 * the overview table. Empty for a table of fewer than NEAR_UNIVERSAL_MIN_PROJECTS projects.
 */
export function nearUniversalCriteria(graph: Graph, share = NEAR_UNIVERSAL_SHARE): Set<string> {
  const inTable = new Set<string>();
  const holders = new Map<string, Set<string>>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!CRITERION_RELATIONS.has(String(attributes.relation))) return;
    inTable.add(source);
    const set = holders.get(target) ?? new Set<string>();
    set.add(source);
    holders.set(target, set);
  });
  const result = new Set<string>();
  if (inTable.size < NEAR_UNIVERSAL_MIN_PROJECTS) return result;
  for (const [criterion, set] of holders) if (set.size > share * inTable.size) result.add(criterion);
  return result;
}
