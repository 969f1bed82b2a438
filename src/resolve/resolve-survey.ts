// Parsed survey → resolved survey: the one step between parse and map that matches the survey's text to the ontology
// (columns, marks, assumptions, stages, link words, notes) and to itself (one project per name, one paper per title).
import { type Diagnostic, DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { PaperEntry, SurveyRecords } from '../parse/survey-types.js';
import { localName } from '../vocab/namespaces.js';
import { MintedTerms } from './minted-terms.js';
import type { NameVariants } from './name-variants.js';
import { normaliseLabel } from './normalise-label.js';
import { baseName, resolveColumns } from './resolve-columns.js';
import { addNotes, type ResolveContext } from './resolve-context.js';
import { entriesToListings } from './resolve-listing.js';
import { NoteIndex } from './resolve-notes.js';
import { entriesToPaper } from './resolve-paper.js';
import { type ProjectRecord, type ResolvedProjects, resolveProjects } from './resolve-projects.js';
import { resolveRow } from './resolve-row.js';
import type { ResolvedColumn, ResolvedNote, ResolvedProject, ResolvedSurvey, SurveyClosing } from './resolved-types.js';
import { slugify } from './slugify.js';

export interface ResolveOptions {
  readonly ontology: OntologyIndex;
  readonly variants: NameVariants;
  /** Base of the IRIs minted for terms the ontology lacks (`{base}assumption/…`). */
  readonly base: string;
}

/**
 * Resolves a parsed survey. Columns, notes, project identities (names, variants, links) and paper identities are
 * resolved at once; each project's row and listings, and each paper, as `projects` and `papers` are iterated, so a
 * caller can stream them. Warnings go to `diagnostics` (those of a row when it is resolved); bad input throws
 * InputError.
 */
export function resolveSurvey(survey: SurveyRecords, options: ResolveOptions): ResolvedSurvey {
  const diagnostics: Diagnostic[] = [...survey.diagnostics];
  const sink = new DiagnosticSink(diagnostics);
  const minted = new MintedTerms();
  const notes = new NoteIndex(survey);
  const conceptNotes = new Map<string, ResolvedNote[]>();
  const ctx: ResolveContext = { ontology: options.ontology, base: options.base, file: survey.file, sink, minted, notes, conceptNotes };
  const unnoted = resolveColumns(survey.table, ctx);
  const identities = resolveProjects(survey, options.variants, sink);
  // Only the identity columns are kept for the lazy projects below: the name and link indexes go with `identities`.
  const { records, count } = identities;
  const papers = papersBySlug(survey);
  attachNotes(notes, unnoted, identities, papers, options.ontology, conceptNotes);
  const columns = unnoted.map((column) => withNotes(column, notes.notesOf({ kind: 'column', index: column.index })));
  const projectNotes = (record: ProjectRecord): readonly ResolvedNote[] => notes.notesOf({ kind: 'project', key: record.slug });

  let closing: SurveyClosing | undefined;
  return {
    file: survey.file,
    fileName: baseName(survey.file),
    ...(survey.title !== undefined ? { title: survey.title } : {}),
    ...(survey.abstract ? { abstract: survey.abstract } : {}),
    figures: survey.figures.map((figure, i) => ({ ...figure, number: i + 1 })),
    notes: notes.notes,
    columns,
    projects: onceDiagnosed(ctx, function* (c) {
      for (const record of records()) yield recordToProject(record, columns, projectNotes(record), c);
    }),
    projectCount: count,
    papers: onceDiagnosed(ctx, function* (c) {
      for (const [slug, at] of papers) yield entriesToPaper(entriesAt(survey, at), c, notes.notesOf({ kind: 'paper', slug }));
    }),
    labelOf: (iri) => options.ontology.concepts.get(iri)?.prefLabel ?? minted.get(iri)?.prefLabel ?? localName(iri),
    closing: () => {
      if (closing) return closing;
      const terms = minted.list(options.ontology);
      for (const [note, iri] of notes.unattached(terms, survey.file, sink)) if (iri) addNotes(conceptNotes, iri, [note]);
      closing = { minted: terms, conceptNotes };
      return closing;
    },
    diagnostics,
  };
}

/**
 * Bold-label notes → the columns, projects, papers and concepts their labels name. A function of its own so the name
 * index (every project by every name) is garbage once the notes know their subjects, not kept by the closures of
 * resolveSurvey: at 100k projects that index is tens of megabytes.
 */
function attachNotes(
  notes: NoteIndex,
  columns: readonly ResolvedColumn[],
  identities: ResolvedProjects,
  papers: ReadonlyMap<string, unknown>,
  ontology: OntologyIndex,
  conceptNotes: Map<string, ResolvedNote[]>,
): void {
  const columnsByName = new Map(columns.filter((c) => c.kind !== 'name').map((c) => [normaliseLabel(c.name), c.index]));
  notes.attach({ columns: columnsByName, projects: (name) => identities.byName(name)?.slug, papers: new Set(papers.keys()) }, ontology);
  for (const [note, subject] of notes.subjects) if (subject.kind === 'concept') addNotes(conceptNotes, subject.iri, [note]);
}

function withNotes<T extends { readonly notes: readonly ResolvedNote[] }>(record: T, more: readonly ResolvedNote[]): T {
  if (more.length === 0) return record;
  return { ...record, notes: [...new Set([...record.notes, ...more])] };
}

/**
 * Records resolved lazily, one at a time. The first iteration reports their warnings; a later one (lint after a
 * build, say) resolves them again silently rather than repeating every warning.
 */
function onceDiagnosed<T>(ctx: ResolveContext, resolve: (ctx: ResolveContext) => Iterable<T>): Iterable<T> {
  let taken = false;
  return {
    *[Symbol.iterator]() {
      const c = taken ? { ...ctx, sink: new DiagnosticSink(), conceptNotes: new Map<string, ResolvedNote[]>() } : ctx;
      taken = true;
      yield* resolve(c);
    },
  };
}

function recordToProject(record: ProjectRecord, columns: readonly ResolvedColumn[], notes: readonly ResolvedNote[], ctx: ResolveContext): ResolvedProject {
  const row = record.row ? resolveRow(record.row, record.label, columns, ctx) : undefined;
  const marked = [
    ...(record.nameText ? ctx.notes.forMarkers(record.nameText) : []),
    ...(row?.texts.flatMap((t) => ctx.notes.forMarkers(t.cell.text)) ?? []),
    ...record.entries.flatMap((e) => (e.nameText ? ctx.notes.forMarkers(e.nameText) : [])),
  ];
  return {
    slug: record.slug,
    label: record.label,
    ...(record.nameText ? { sourceText: record.nameText } : {}),
    notes: [...new Set([...notes, ...marked])],
    altLabels: record.altLabels,
    sourceLine: record.sourceLine,
    ...(row ? { row } : {}),
    listings: entriesToListings(record.entries, record.label, ctx),
  };
}

/**
 * Every listing of one paper, in survey order, by the paper's slug: a paper listed under two stages is one record.
 * Entries are kept by index (read back when the paper is resolved), so a survey of many papers stays small.
 */
function papersBySlug(survey: SurveyRecords): Map<string, number[]> {
  const bySlug = new Map<string, number[]>();
  let index = -1;
  for (const entry of survey.entries) {
    index++;
    if (entry.kind !== 'paper') continue;
    const slug = slugify(entry.title);
    const list = bySlug.get(slug);
    if (list) list.push(index);
    else bySlug.set(slug, [index]);
  }
  return bySlug;
}

function entriesAt(survey: SurveyRecords, indexes: readonly number[]): PaperEntry[] {
  return indexes.map((i) => survey.entries.at(i) as PaperEntry);
}
