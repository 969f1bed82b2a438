// SurveyDiff → a changelog in markdown, grouped by kind, to paste into release notes. Sections with nothing in them
// are left out; a diff with no change says so in one line.
import { localName } from '../vocab/namespaces.js';
import { baseName } from '../resolve/resolve-columns.js';
import { countChanges, type EntryRef, type SurveyDiff } from './survey-diff.js';

export function diffToMarkdown(diff: SurveyDiff, title = `Changes from ${baseName(diff.from.file)} to ${baseName(diff.to.file)}`): string {
  const out: string[] = [`# ${title}`, ''];
  if (countChanges(diff) === 0) return `# ${title}\n\nNo changes.\n`;
  const section = (title: string, lines: readonly string[]): void => {
    if (lines.length > 0) out.push(`## ${title}`, '', ...lines, '');
  };
  const { projects, columns } = diff;
  section('Projects', [
    ...projects.added.map((p) => `- Added **${md(p.label)}**`),
    ...projects.removed.map((p) => `- Removed **${md(p.label)}**`),
    ...projects.renamed.map(({ from, to }) => `- Renamed **${md(from.label)}** → **${md(to.label)}**`),
  ]);
  section('Columns', [
    ...columns.added.map((c) => `- Added "${md(c.header)}"`),
    ...columns.removed.map((c) => `- Removed "${md(c.header)}"`),
    ...columns.renamed.map(({ from, to }) => `- Renamed "${md(from.header)}" → "${md(to.header)}"`),
  ]);
  if (diff.cells.length > 0) {
    section('Table cells', [
      '| Project | Column | Before | After |',
      '|---|---|---|---|',
      ...diff.cells.map((c) => `| ${cell(c.project.label)} | ${cell(c.column)} | ${c.from || '—'} | ${c.to || '—'} |`),
    ]);
  }
  section('Security assumptions', [
    ...diff.assumptions.map((a) => `- **${md(a.project.label)}**: ${quoted(a.from)} → ${quoted(a.to)}`),
    ...diff.concepts.map((c) => `- **${md(c.project.label)}**: ${[...c.added.map((l) => `+ ${l}`), ...c.removed.map((l) => `− ${l}`)].join(', ')}`),
  ]);
  section('Section entries', [...byStage('Added', diff.entries.added), ...byStage('Removed', diff.entries.removed)]);
  section('Papers', [
    ...diff.papers.added.map((p) => `- Added *${md(p.title)}*`),
    ...diff.papers.removed.map((p) => `- Removed *${md(p.title)}*`),
  ]);
  section('Links', diff.links.map((l) => `- **${md(l.project.label)}** ${localName(l.property)}: ${l.from ? `<${l.from}>` : '(none)'} → ${l.to ? `<${l.to}>` : '(none)'}`));
  return `${out.join('\n').trimEnd()}\n`;
}

/** "- Added under Model Inference: **Gamma**, *A paper*": one line per stage, in survey order. */
function byStage(verb: string, entries: readonly EntryRef[]): string[] {
  const stages = new Map<string, string[]>();
  for (const e of entries) {
    const list = stages.get(e.stageLabel) ?? [];
    list.push(e.kind === 'project' ? `**${md(e.name)}**` : `*${md(e.name)}*`);
    stages.set(e.stageLabel, list);
  }
  return [...stages].map(([stage, names]) => `- ${verb} under ${md(stage)}: ${names.join(', ')}`);
}

function quoted(text: string): string {
  return text === '' ? '(none)' : `"${md(text)}"`;
}

/** Text as markdown shows it literally: emphasis and link brackets escaped. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function cell(text: string): string {
  return md(text).replace(/\|/g, '\\|');
}
