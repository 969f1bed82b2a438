// Survey markdown → lint findings: the build's warnings about the survey plus the lint rules, sorted by place.
import type { Diagnostic } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { parseSurvey } from '../parse/parse-survey.js';
import { NO_VARIANTS, type NameVariants } from '../resolve/name-variants.js';
import { resolveSurvey } from '../resolve/resolve-survey.js';
import { DEFAULT_BASE } from '../vocab/namespaces.js';
import { footnoteFindings } from './footnote-findings.js';
import { headingFindings } from './heading-findings.js';
import type { LintContext } from './lint-context.js';
import { type LintFinding, ruleOf } from './lint-rules.js';
import { listingFindings } from './listing-findings.js';
import { markFindings } from './mark-findings.js';
import { paperFindings } from './paper-findings.js';
import { stageFindings } from './stage-findings.js';
import { bidiFindings } from './bidi-findings.js';

/** Build warnings that a lint rule reports with more places: lint/name-variant names both lines of a joined name. */
const REPORTED_BY_LINT = new Set(['resolve/name-variant', 'resolve/by-link']);

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
  const resolved = resolveSurvey(survey, { base: DEFAULT_BASE, ontology: options.ontology, variants });
  // Taking the records resolves them, and with them come the warnings the build would give.
  const ctx: LintContext = {
    survey,
    resolved,
    projects: [...resolved.projects],
    papers: [...resolved.papers],
    ontology: options.ontology,
    sharedHosts: variants.sharedHosts,
  };
  // What is known only after the rows (notes on minted terms, or on nothing) warns now.
  resolved.closing();
  const findings = [
    ...resolved.diagnostics.filter((d) => !REPORTED_BY_LINT.has(d.code)).map(diagnosticToFinding),
    ...listingFindings(ctx),
    ...stageFindings(ctx),
    ...headingFindings(ctx),
    ...markFindings(ctx),
    ...paperFindings(ctx),
    ...footnoteFindings(ctx),
    ...bidiFindings(ctx),
  ];
  return findings.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column || a.code.localeCompare(b.code));
}

function diagnosticToFinding(d: Diagnostic): LintFinding {
  return { ...d, severity: ruleOf(d.code).level, related: [] };
}
