// lint/heading-numbering: each section number must follow the one before it (a child, the next sibling, or an ancestor's next).
import { createFinding, type LintContext } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

export function headingFindings(ctx: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  let previous: number[] | undefined;
  for (const heading of ctx.survey.headings) {
    if (heading.number === undefined) continue;
    const number = heading.number.split('.').map(Number);
    if (previous) {
      const allowed = nextNumbers(previous);
      if (!allowed.some((n) => n.join('.') === number.join('.'))) {
        findings.push(
          createFinding(
            ctx,
            'lint/heading-numbering',
            heading,
            `Section "${heading.number}. ${heading.title}" follows section ${previous.join('.')}`,
            `${allowed.map((n) => n.join('.')).join(', ')} after ${previous.join('.')}`,
          ),
        );
      }
    }
    previous = number;
  }
  return findings;
}

/** After 2.1: 2.1.1 (first child), 2.2 (next sibling) or 3 (the parent's next sibling). */
export function nextNumbers(previous: readonly number[]): number[][] {
  const next: number[][] = [[...previous, 1]];
  for (let depth = previous.length; depth >= 1; depth--) {
    const head = previous.slice(0, depth);
    next.push([...head.slice(0, -1), (head.at(-1) as number) + 1]);
  }
  return next;
}
