// What every lint rule reads (the parsed survey, resolved projects, table columns, ontology) and how it reports.
import { type Place, placeIn } from '../errors.js';
import type { ColumnSpec } from '../map/table-columns.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { SourcePlace, Survey } from '../parse/survey-types.js';
import type { ResolvedProjects } from '../resolve/resolve-projects.js';
import { type LintFinding, ruleOf } from './lint-rules.js';

export interface LintContext {
  readonly survey: Survey;
  readonly ontology: OntologyIndex;
  readonly projects: ResolvedProjects;
  readonly columns: readonly ColumnSpec[];
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
