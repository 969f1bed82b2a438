// A lint finding → the one diagnostic line, then one "note:" line per related place (as compilers do).
import { formatDiagnostic } from '../errors.js';
import type { LintFinding } from './lint-rules.js';

export function findingToText(finding: LintFinding): string {
  const related = finding.related.map((r) => `  ${r.place.file}:${r.place.line}:${r.place.column}: note: ${r.message}\n`);
  return `${formatDiagnostic(finding)}\n${related.join('')}`;
}
