// SurveyDiff → what the viewer marks: each project of the later version that is new or changed, keyed by its IRI,
// with the old mark of every changed cell (by criterion) and a one-line summary for tooltips.
import { projectIri } from '../map/map-context.js';
import type { SurveyDiff } from './survey-diff.js';

export interface NodeChange {
  readonly change: 'added' | 'changed';
  /** "renamed from FLock; 2 cells changed": what a tooltip says. */
  readonly summary: string;
  /** Criterion IRI → the mark the earlier version had there ("" when it had no such cell). */
  readonly cells: Readonly<Record<string, string>>;
}

export function diffToNodeChanges(diff: SurveyDiff, base: string): Map<string, NodeChange> {
  const changes = new Map<string, NodeChange>();
  for (const p of diff.projects.added) changes.set(projectIri(base, p.slug), { change: 'added', summary: 'new in this version', cells: {} });
  const facts = new Map<string, { renamed?: string; cells: Record<string, string>; other: Set<string> }>();
  const of = (slug: string) => {
    let f = facts.get(slug);
    if (!f) facts.set(slug, (f = { cells: {}, other: new Set() }));
    return f;
  };
  for (const { from, to } of diff.projects.renamed) of(to.slug).renamed = from.label;
  for (const c of diff.cells) of(c.project.slug).cells[c.criterion] = c.from;
  for (const a of diff.assumptions) of(a.project.slug).other.add('security assumption');
  for (const c of diff.concepts) of(c.project.slug).other.add('security assumption');
  for (const l of diff.links) of(l.project.slug).other.add('links');
  const added = new Set(diff.projects.added.map((p) => p.slug));
  for (const e of [...diff.entries.added, ...diff.entries.removed]) if (e.kind === 'project' && !added.has(e.slug)) of(e.slug).other.add('sections');
  for (const [slug, f] of facts) {
    const cells = Object.keys(f.cells).length;
    const parts = [
      ...(f.renamed ? [`renamed from ${f.renamed}`] : []),
      ...(cells > 0 ? [`${cells} cell${cells > 1 ? 's' : ''} changed`] : []),
      ...[...f.other].map((what) => `${what} changed`),
    ];
    changes.set(projectIri(base, slug), { change: 'changed', summary: parts.join('; '), cells: f.cells });
  }
  return changes;
}
