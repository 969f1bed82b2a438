// SurveyDiff → the JSON report of `deai-kg diff -f json`: labels and headers as each version writes them (the shape
// issue 13 fixes), with papers, concepts and links as further keys.
import { localName } from '../vocab/namespaces.js';
import type { SurveyDiff } from './survey-diff.js';

export function diffToJson(diff: SurveyDiff): string {
  const report = {
    projects: {
      added: diff.projects.added.map((p) => p.label),
      removed: diff.projects.removed.map((p) => p.label),
      renamed: diff.projects.renamed.map(({ from, to }) => ({ from: from.label, to: to.label })),
    },
    cells: diff.cells.map((c) => ({ project: c.project.label, column: c.column, from: c.from, to: c.to })),
    columns: {
      added: diff.columns.added.map((c) => c.header),
      removed: diff.columns.removed.map((c) => c.header),
      renamed: diff.columns.renamed.map(({ from, to }) => ({ from: from.header, to: to.header })),
    },
    assumptions: diff.assumptions.map((a) => ({ project: a.project.label, from: a.from, to: a.to })),
    entries: { added: diff.entries.added.map((e) => e.name), removed: diff.entries.removed.map((e) => e.name) },
    papers: { added: diff.papers.added.map((p) => p.title), removed: diff.papers.removed.map((p) => p.title) },
    concepts: diff.concepts.map((c) => ({ project: c.project.label, added: c.added, removed: c.removed })),
    links: diff.links.map((l) => ({ project: l.project.label, link: localName(l.property), from: l.from, to: l.to })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
