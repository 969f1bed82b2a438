// Two resolved versions of the survey → what changed (SurveyDiff). Pure: it compares the records resolveSurvey
// made, so projects, columns and concepts are matched exactly as one version matches its own names and headers.
import type { NameVariants } from '../resolve/name-variants.js';
import type { ResolvedColumn, ResolvedListing, ResolvedPaper, ResolvedProject, ResolvedSurvey } from '../resolve/resolved-types.js';
import { DEAI } from '../vocab/namespaces.js';
import { matchProjects } from './match-projects.js';
import { type ProjectIdentity, resolvedProjectToIdentity } from './project-identity.js';
import type { CellChange, ColumnRef, ConceptChange, EntryRef, LinkChange, ProjectRef, SurveyDiff } from './survey-diff.js';

type Identified = ProjectIdentity & { readonly project: ResolvedProject };

/** Both versions with their projects and papers taken once (resolved records are lazy iterables). */
export interface SurveyVersion {
  readonly survey: ResolvedSurvey;
  readonly projects: readonly ResolvedProject[];
  readonly papers: readonly ResolvedPaper[];
}

export function surveyToVersion(survey: ResolvedSurvey): SurveyVersion {
  return { survey, projects: [...survey.projects], papers: [...survey.papers] };
}

export function diffSurveys(before: SurveyVersion, after: SurveyVersion, variants: NameVariants): SurveyDiff {
  const identify = (project: ResolvedProject): Identified => ({ ...resolvedProjectToIdentity(project), project });
  const matching = matchProjects(before.projects.map(identify), after.projects.map(identify), variants);
  const ref = (p: ProjectIdentity): ProjectRef => ({ label: p.label, slug: p.slug });
  const kept = matching.pairs.map((pair) => ({ from: ref(pair.from), to: ref(pair.to) }));
  const columns = matchColumns(before.survey.columns, after.survey.columns);
  const newSlugOf = new Map(kept.map((pair) => [pair.from.slug, pair.to.slug]));
  const pairs = matching.pairs.map((pair) => ({ from: pair.from.project, to: pair.to.project }));
  return {
    from: { file: before.survey.file },
    to: { file: after.survey.file },
    projects: {
      added: matching.added.map(ref),
      removed: matching.removed.map(ref),
      renamed: kept.filter((pair) => pair.from.label !== pair.to.label),
      kept,
    },
    cells: pairs.flatMap(({ from, to }) => cellChanges(from, to, columns)),
    columns: {
      added: columns.added.map(columnRef),
      removed: columns.removed.map(columnRef),
      renamed: columns.pairs.filter(([a, b]) => a.name !== b.name).map(([a, b]) => ({ from: columnRef(a), to: columnRef(b) })),
    },
    assumptions: pairs.flatMap(({ from, to }) => {
      const [a, b] = [assumptionText(from), assumptionText(to)];
      return a === b ? [] : [{ project: { label: to.label, slug: to.slug }, from: a, to: b }];
    }),
    concepts: pairs.flatMap(({ from, to }) => conceptChanges(from, to, after.survey.labelOf)),
    entries: entryChanges(before, after, (slug) => newSlugOf.get(slug) ?? `old:${slug}`),
    papers: paperChanges(before.papers, after.papers),
    links: pairs.flatMap(({ from, to }) => linkChanges(from, to)),
  };
}

interface ColumnMatching {
  /** The new version's columns, in table order. */
  readonly after: readonly ResolvedColumn[];
  readonly pairs: readonly (readonly [ResolvedColumn, ResolvedColumn])[];
  readonly added: readonly ResolvedColumn[];
  readonly removed: readonly ResolvedColumn[];
}

/** Columns are the same column when they hold the same thing: headers resolve through the ontology's labels. */
function matchColumns(before: readonly ResolvedColumn[], after: readonly ResolvedColumn[]): ColumnMatching {
  const old = new Map(before.map((c) => [c.columnFor, c]));
  const now = new Set(after.map((c) => c.columnFor));
  return {
    after,
    pairs: after.flatMap((c) => {
      const o = old.get(c.columnFor);
      return o ? [[o, c] as const] : [];
    }),
    added: after.filter((c) => !old.has(c.columnFor)),
    removed: before.filter((c) => !now.has(c.columnFor)),
  };
}

function columnRef(column: ResolvedColumn): ColumnRef {
  return { header: column.name, columnFor: column.columnFor };
}

/** Marks by criterion, in the new table's order, then the columns the new version dropped. */
function cellChanges(from: ResolvedProject, to: ResolvedProject, columns: ColumnMatching): CellChange[] {
  const marksOf = (p: ResolvedProject): Map<string, string> => new Map((p.row?.marks ?? []).map((m) => [m.column.columnFor, m.mark]));
  const [before, after] = [marksOf(from), marksOf(to)];
  const headers = [...columns.after, ...columns.removed].filter((c) => c.kind === 'criterion');
  const changes: CellChange[] = [];
  for (const column of headers) {
    const [a, b] = [before.get(column.columnFor) ?? '', after.get(column.columnFor) ?? ''];
    if (a !== b) changes.push({ project: { label: to.label, slug: to.slug }, column: column.name, criterion: column.columnFor, from: a, to: b });
  }
  return changes;
}

/** The assumption cells as written, whitespace collapsed ("" without one). */
function assumptionText(project: ResolvedProject): string {
  return (project.row?.assumptions ?? []).map((a) => a.cell.text.replace(/\s+/g, ' ').trim()).filter(Boolean).join('; ');
}

function conceptChanges(from: ResolvedProject, to: ResolvedProject, labelOf: (iri: string) => string): ConceptChange[] {
  const conceptsOf = (p: ResolvedProject): Map<string, string> =>
    new Map(
      (p.row?.assumptions ?? []).flatMap((cell) =>
        cell.assumptions.map((a) => [`${a.iri} ${a.certainty}`, `${labelOf(a.iri)}${a.certainty === 'possible' ? '?' : ''}`] as const),
      ),
    );
  const [before, after] = [conceptsOf(from), conceptsOf(to)];
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  if (added.length === 0 && removed.length === 0) return [];
  return [
    {
      project: { label: to.label, slug: to.slug },
      added: added.map((k) => after.get(k) as string),
      removed: removed.map((k) => before.get(k) as string),
      iris: [
        ...added.map((k) => ({ iri: k.split(' ')[0] as string, change: 'added' as const })),
        ...removed.map((k) => ({ iri: k.split(' ')[0] as string, change: 'removed' as const })),
      ],
    },
  ];
}

/**
 * Listings are the same listing when they list the same project (paired across versions) or paper under the same
 * stage; a project or paper listed twice under one stage is told apart by its ordinal.
 */
function entryChanges(before: SurveyVersion, after: SurveyVersion, carried: (oldSlug: string) => string): SurveyDiff['entries'] {
  const listingsOf = (version: SurveyVersion, slugKey: (slug: string) => string): Map<string, EntryRef> => {
    const entries: (readonly [string, EntryRef, number])[] = [];
    const add = (kind: 'project' | 'paper', slug: string, key: string, listing: ResolvedListing): void => {
      const name = listing.entry.kind === 'project' ? listing.entry.name : listing.entry.title;
      const entry: EntryRef = { kind, name, slug, stage: listing.stage, stageLabel: listing.stageLabel };
      entries.push([`${kind} ${key} ${listing.stage} ${listing.ordinal}`, entry, listing.line]);
    };
    for (const p of version.projects) for (const l of p.listings) add('project', p.slug, slugKey(p.slug), l);
    for (const p of version.papers) for (const l of p.listings) add('paper', p.slug, p.slug, l);
    // Survey order: the order a reader meets the entries in.
    return new Map(entries.sort((a, b) => a[2] - b[2]).map(([key, entry]) => [key, entry]));
  };
  const old = listingsOf(before, carried);
  const now = listingsOf(after, (slug) => slug);
  return {
    added: [...now].filter(([key]) => !old.has(key)).map(([, e]) => e),
    removed: [...old].filter(([key]) => !now.has(key)).map(([, e]) => e),
  };
}

function paperChanges(before: readonly ResolvedPaper[], after: readonly ResolvedPaper[]): SurveyDiff['papers'] {
  const ref = (p: ResolvedPaper): { title: string; slug: string } => ({ title: p.title, slug: p.slug });
  const [old, now] = [new Set(before.map((p) => p.slug)), new Set(after.map((p) => p.slug))];
  return { added: after.filter((p) => !old.has(p.slug)).map(ref), removed: before.filter((p) => !now.has(p.slug)).map(ref) };
}

/** Per link property: a lone link replaced by another is one change; otherwise each link added or dropped. */
function linkChanges(from: ResolvedProject, to: ResolvedProject): LinkChange[] {
  const linksOf = (p: ResolvedProject): Map<string, string[]> => {
    const byProperty = new Map<string, string[]>();
    const add = (property: string, url: string): void => {
      const list = byProperty.get(property) ?? [];
      if (!list.includes(url)) list.push(url);
      byProperty.set(property, list);
    };
    if (p.row?.reference) add(DEAI('reference'), p.row.reference.url);
    for (const listing of p.listings) for (const link of listing.links) add(link.property, link.url);
    return byProperty;
  };
  const [before, after] = [linksOf(from), linksOf(to)];
  const project = { label: to.label, slug: to.slug };
  const changes: LinkChange[] = [];
  for (const property of new Set([...after.keys(), ...before.keys()])) {
    const [a, b] = [before.get(property) ?? [], after.get(property) ?? []];
    const gone = a.filter((url) => !b.includes(url));
    const come = b.filter((url) => !a.includes(url));
    if (gone.length === 1 && come.length === 1) {
      changes.push({ project, property, from: gone[0] as string, to: come[0] as string });
      continue;
    }
    for (const url of gone) changes.push({ project, property, from: url, to: '' });
    for (const url of come) changes.push({ project, property, from: '', to: url });
  }
  return changes;
}
