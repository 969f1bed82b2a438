// lint/paper-conflict: a paper listed in several sections whose citations disagree (the graph keeps the fullest one).
import { createFinding, type LintContext } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

export function paperFindings(ctx: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const paper of ctx.papers) {
    for (const conflict of paper.conflicts) {
      const [kept, ...others] = conflict.values;
      if (!kept) continue;
      for (const other of others) {
        findings.push(
          createFinding(
            ctx,
            'lint/paper-conflict',
            other.at,
            `"${paper.title}" is cited here with ${conflict.field} "${other.value}", but at line ${kept.at.line} with "${kept.value}" (the fuller citation, which the graph keeps)`,
            `one ${conflict.field} for the paper in every section that lists it`,
            [{ at: kept.at, message: `the citation of "${paper.title}" the graph keeps` }],
          ),
        );
      }
    }
  }
  return findings;
}
