// The table's criteria (stage and capability columns) that nearly every project holds: their links carry no
// information, so the viewer draws them as a layer the reader turns on, and the lifecycle layout ignores them.
import type { AbstractGraph, Attributes } from 'graphology-types';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

/** More than this share of the table's projects hold the criterion (● or ◑). */
export const NEAR_UNIVERSAL_SHARE = 0.8;
/** Below this many projects in the table a share says little (two projects both with ● would be "universal"). */
export const NEAR_UNIVERSAL_MIN_PROJECTS = 10;

/** The links that hold a criterion. */
export const CRITERION_RELATIONS: ReadonlySet<string> = new Set(['coversStage', 'hasCapability']);

/**
 * Stage and capability nodes held (● full or ◑ partial) by more than `share` of the projects that have a row in
 * the overview table. Empty for a table of fewer than NEAR_UNIVERSAL_MIN_PROJECTS projects.
 */
export function nearUniversalCriteria(graph: Graph, share = NEAR_UNIVERSAL_SHARE): Set<string> {
  return nearUniversalOfLinks((visit) => graph.forEachEdge((_edge, attributes, source, target) => visit(String(attributes.relation), source, target)), share);
}

/** The same from the links alone, each visited as (relation, source, target): the viewer's compact file has no graph yet. */
export function nearUniversalOfLinks(forEachLink: (visit: (relation: string, source: string, target: string) => void) => void, share = NEAR_UNIVERSAL_SHARE): Set<string> {
  const inTable = new Set<string>();
  const holders = new Map<string, Set<string>>();
  forEachLink((relation, source, target) => {
    if (!CRITERION_RELATIONS.has(relation)) return;
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
