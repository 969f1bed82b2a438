// Survey markdown → lint findings: the build's warnings about the survey plus the lint rules, sorted by place.
import { type Diagnostic, DiagnosticSink } from '../errors.js';
import { surveyToQuads } from '../map/survey-to-quads.js';
import { tableToColumns } from '../map/table-columns.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { parseSurvey } from '../parse/parse-survey.js';
import { NO_VARIANTS, type NameVariants } from '../resolve/name-variants.js';
import { resolveProjects } from '../resolve/resolve-projects.js';
import { DEFAULT_BASE } from '../vocab/namespaces.js';
import { headingFindings } from './heading-findings.js';
import type { LintContext } from './lint-context.js';
import { type LintFinding, ruleOf } from './lint-rules.js';
import { listingFindings } from './listing-findings.js';
import { markFindings } from './mark-findings.js';
import { stageFindings } from './stage-findings.js';
import { bidiFindings } from './bidi-findings.js';

export interface LintOptions {
  readonly ontology: OntologyIndex;
  readonly variants?: NameVariants;
  /** File name for the findings' places. */
  readonly file?: string;
}

/**
 * Lints survey markdown. Input that cannot be built throws InputError (the same errors as a build); every
 * warning the build gives and every lint rule's finding is returned. An empty list means the survey is clean.
 */
export function lintSurvey(markdown: string, options: LintOptions): LintFinding[] {
  const survey = parseSurvey(markdown, { file: options.file ?? 'survey.md' });
  const variants = options.variants ?? NO_VARIANTS;
  const { diagnostics } = surveyToQuads(survey, { base: DEFAULT_BASE, ontology: options.ontology, variants, facts: {} });
  // The mapping above has reported these steps' warnings already; run them again only for their results.
  const again = new DiagnosticSink();
  const ctx: LintContext = {
    survey,
    ontology: options.ontology,
    projects: resolveProjects(survey, variants, again),
    columns: tableToColumns(survey.table, options.ontology, DEFAULT_BASE, survey.file, again),
    sharedHosts: variants.sharedHosts,
  };
  const findings = [
    ...diagnostics.map(diagnosticToFinding),
    ...listingFindings(ctx),
    ...stageFindings(ctx),
    ...headingFindings(ctx),
    ...markFindings(ctx),
    ...bidiFindings(ctx),
  ];
  return findings.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column || a.code.localeCompare(b.code));
}

function diagnosticToFinding(d: Diagnostic): LintFinding {
  return { ...d, severity: ruleOf(d.code).level, related: [] };
}
