// What every lint rule reads (the parsed survey's headings, the resolved survey's records, the ontology) and how it reports.
import { type Place, placeIn } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { SourcePlace, Survey } from '../parse/survey-types.js';
import type { ResolvedPaper, ResolvedProject, ResolvedSurvey } from '../resolve/resolved-types.js';
import { type LintFinding, ruleOf } from './lint-rules.js';

export interface LintContext {
  readonly survey: Survey;
  readonly resolved: ResolvedSurvey;
  /** The resolved projects, taken once (a survey that lint reads fits in memory). */
  readonly projects: readonly ResolvedProject[];
  readonly papers: readonly ResolvedPaper[];
  readonly ontology: OntologyIndex;
  /** Link hosts used by unrelated projects (data/name-variants.json): never evidence that two links agree. */
  readonly sharedHosts: readonly string[];
}

export interface RelatedPlace {
  readonly at: SourcePlace;
  readonly message: string;
}

/** A finding of `code` at `at` in the survey, with its level from the rule table. */
export function createFinding(ctx: LintContext, code: string, at: SourcePlace, message: string, expected: string, related: readonly RelatedPlace[] = []): LintFinding {
  const place: Place = placeIn(ctx.survey.file, at);
  return {
    severity: ruleOf(code).level,
    code,
    place,
    message,
    expected,
    related: related.map((r) => ({ place: placeIn(ctx.survey.file, r.at), message: r.message })),
  };
}

/** `"3.1. Industry"`: a listing's section as the survey numbers it. */
export function sectionName(heading: { readonly number?: string; readonly title: string }): string {
  return `"${heading.number !== undefined ? `${heading.number}. ` : ''}${heading.title}"`;
}
