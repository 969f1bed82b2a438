// The projects of two versions of the survey, paired the way one version pairs its table rows and section entries:
// the same name or a group of data/name-variants.json, then the same name but for affix words ("FLock" /
// "FLock.io"), then a shared link, then a shared distinctive host. A rename is a pair, never a removal and an addition.
import { hostOf, isSharedHost, urlKey } from '../resolve/link-hosts.js';
import { nameCore } from '../resolve/name-core.js';
import type { NameVariants } from '../resolve/name-variants.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import type { ProjectIdentity } from './project-identity.js';

/** How a pair was made, strongest first: the same as NameSpelling's matches. */
export type ProjectMatch = 'same' | 'variants' | 'affix' | 'link';

export interface ProjectPair<Old extends ProjectIdentity, New extends ProjectIdentity> {
  readonly from: Old;
  readonly to: New;
  readonly match: ProjectMatch;
}

export interface ProjectMatching<Old extends ProjectIdentity, New extends ProjectIdentity> {
  /** In the new version's order. */
  readonly pairs: readonly ProjectPair<Old, New>[];
  /** New projects no old one matches, in the new version's order. */
  readonly added: readonly New[];
  /** Old projects no new one matches, in the old version's order. */
  readonly removed: readonly Old[];
}

/**
 * Pairs old and new projects, each at most once. Each pass takes only unambiguous pairs (one candidate on each
 * side), so two similar names never swap; names data/name-variants.json lists as distinct are never paired.
 */
export function matchProjects<Old extends ProjectIdentity, New extends ProjectIdentity>(
  olds: readonly Old[],
  news: readonly New[],
  variants: NameVariants,
): ProjectMatching<Old, New> {
  const keyOf = (name: string): string => {
    const key = normaliseLabel(name);
    const group = variants.groupOf.get(key);
    return group === undefined ? `name:${key}` : `group:${group}`;
  };
  const distinctHosts = (p: ProjectIdentity): string[] =>
    p.urls.map(hostOf).filter((h): h is string => !!h && !isSharedHost(h, variants.sharedHosts));
  const passes: { match: ProjectMatch; keys: (p: ProjectIdentity) => readonly string[] }[] = [
    { match: 'same', keys: (p) => [keyOf(p.label)] },
    { match: 'variants', keys: (p) => [p.label, ...p.altLabels].map(keyOf) },
    { match: 'affix', keys: (p) => [p.label, ...p.altLabels].map((name) => nameCore(name).key) },
    { match: 'link', keys: (p) => p.urls.map(urlKey) },
    { match: 'link', keys: distinctHosts },
  ];
  const pairOf = new Map<New, { from: Old; match: ProjectMatch }>();
  const taken = new Set<Old>();
  for (const pass of passes) {
    const byKey = new Map<string, Set<Old>>();
    for (const old of olds) {
      if (taken.has(old)) continue;
      for (const key of pass.keys(old)) byKey.set(key, (byKey.get(key) ?? new Set()).add(old));
    }
    // Candidates for each new project, and how many new projects want each old one.
    const wanted = new Map<New, Old[]>();
    const wanters = new Map<Old, number>();
    for (const project of news) {
      if (pairOf.has(project)) continue;
      const found = new Set<Old>();
      for (const key of pass.keys(project)) for (const old of byKey.get(key) ?? []) found.add(old);
      const allowed = [...found].filter((old) => !variants.areDistinct(old.label, project.label));
      wanted.set(project, allowed);
      for (const old of allowed) wanters.set(old, (wanters.get(old) ?? 0) + 1);
    }
    for (const [project, candidates] of wanted) {
      const [old] = candidates;
      if (candidates.length !== 1 || !old || wanters.get(old) !== 1 || taken.has(old)) continue;
      pairOf.set(project, { from: old, match: pass.match === 'same' && normaliseLabel(old.label) !== normaliseLabel(project.label) ? 'variants' : pass.match });
      taken.add(old);
    }
  }
  const pairs: ProjectPair<Old, New>[] = [];
  const added: New[] = [];
  for (const project of news) {
    const pair = pairOf.get(project);
    if (pair) pairs.push({ from: pair.from, to: project, match: pair.match });
    else added.push(project);
  }
  return { pairs, added, removed: olds.filter((old) => !taken.has(old)) };
}
