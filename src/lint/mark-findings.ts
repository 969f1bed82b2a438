// lint/uncertain-mark: table cells the survey marks with "?" (uncertain, like "Staking?", or unknown, a lone "?").
import { createFinding, type LintContext } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

export function markFindings(ctx: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const project of ctx.projects) {
    const row = project.row;
    if (!row) continue;
    for (const { column, cell } of [...row.marks, ...row.assumptions, ...row.texts]) {
      if (!cell.text.includes('?')) continue;
      const unknown = /^[\s?]*$/.test(cell.text);
      findings.push(
        createFinding(
          ctx,
          'lint/uncertain-mark',
          cell,
          `The "${column.header.text}" cell of "${project.label}" is ${unknown ? 'unknown' : 'uncertain'}: "${cell.text}"`,
          unknown
            ? 'the mechanism once it is known (until then the graph keeps only the text "?")'
            : 'the mechanism without "?" once it is confirmed (until then the graph says deai:possiblyReliesOn)',
        ),
      );
    }
  }
  return findings;
}
