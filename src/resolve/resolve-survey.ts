// Parsed survey → resolved survey: the one step between parse and map that matches the survey's text to the ontology
// (columns, marks, assumptions, stages, link words) and to itself (one project per name, one paper per title).
import { type Diagnostic, DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { PaperEntry, Survey } from '../parse/survey-types.js';
import { MintedTerms } from './minted-terms.js';
import type { NameVariants } from './name-variants.js';
import { resolveColumns } from './resolve-columns.js';
import { entriesToListings, type ListingContext } from './resolve-listing.js';
import { entriesToPaper } from './resolve-paper.js';
import { type ProjectRecord, resolveProjects } from './resolve-projects.js';
import { resolveRow } from './resolve-row.js';
import type { ResolvedColumn, ResolvedProject, ResolvedSurvey } from './resolved-types.js';
import { slugify } from './slugify.js';
import { localName } from '../vocab/namespaces.js';

export interface ResolveOptions {
  readonly ontology: OntologyIndex;
  readonly variants: NameVariants;
  /** Base of the IRIs minted for terms the ontology lacks (`{base}assumption/…`). */
  readonly base: string;
}

/**
 * Resolves a parsed survey. Columns, project identities (names, variants, links) and paper identities are resolved
 * at once; each project's row and listings, and each paper, as `projects` and `papers` are iterated, so a caller can
 * stream them. Warnings go to `diagnostics` (those of a row when it is resolved); bad input throws InputError.
 */
export function resolveSurvey(survey: Survey, options: ResolveOptions): ResolvedSurvey {
  const diagnostics: Diagnostic[] = [...survey.diagnostics];
  const sink = new DiagnosticSink(diagnostics);
  const minted = new MintedTerms();
  const ctx = { ontology: options.ontology, base: options.base, file: survey.file, sink, minted };
  const columns = resolveColumns(survey.table, ctx);
  const { projects: records } = resolveProjects(survey, options.variants, sink);
  const papers = papersBySlug(survey);

  return {
    file: survey.file,
    ...(survey.title !== undefined ? { title: survey.title } : {}),
    columns,
    projects: onceDiagnosed(ctx, function* (c) {
      for (const record of records) yield recordToProject(record, columns, c);
    }),
    projectCount: records.length,
    papers: onceDiagnosed(ctx, function* (c) {
      for (const entries of papers) yield entriesToPaper(entries, c);
    }),
    labelOf: (iri) => options.ontology.concepts.get(iri)?.prefLabel ?? minted.get(iri)?.prefLabel ?? localName(iri),
    minted: () => minted.list(),
    diagnostics,
  };
}

type Context = ListingContext;

/**
 * Records resolved lazily, one at a time. The first iteration reports their warnings; a later one (lint after a
 * build, say) resolves them again silently rather than repeating every warning.
 */
function onceDiagnosed<T>(ctx: Context, resolve: (ctx: Context) => Iterable<T>): Iterable<T> {
  let taken = false;
  return {
    *[Symbol.iterator]() {
      const c = taken ? { ...ctx, sink: new DiagnosticSink() } : ctx;
      taken = true;
      yield* resolve(c);
    },
  };
}

function recordToProject(record: ProjectRecord, columns: readonly ResolvedColumn[], ctx: Context): ResolvedProject {
  return {
    slug: record.slug,
    label: record.label,
    altLabels: record.altLabels,
    sourceLine: record.sourceLine,
    ...(record.row ? { row: resolveRow(record.row, record.label, columns, ctx) } : {}),
    listings: entriesToListings(record.entries, record.label, ctx),
  };
}

/** Every listing of one paper, in survey order: a paper listed under two stages is one record with two listings. */
function papersBySlug(survey: Survey): PaperEntry[][] {
  const bySlug = new Map<string, PaperEntry[]>();
  for (const entry of survey.entries) {
    if (entry.kind !== 'paper') continue;
    const slug = slugify(entry.title);
    const list = bySlug.get(slug);
    if (list) list.push(entry);
    else bySlug.set(slug, [entry]);
  }
  return [...bySlug.values()];
}
