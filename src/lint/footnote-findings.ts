// lint/footnote-undefined and lint/footnote-unused: footnote markers ("[^2]") and definitions ("[^2]: …") that do not
// meet. A marker with no definition is shown by GitHub as the text "[^2]"; deai-kg links it to the bold-label note on
// the same words when there is one.
import { footnoteMarkers } from '../parse/footnote-markers.js';
import type { SourcePlace } from '../parse/survey-types.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { createFinding, type LintContext } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

interface MarkedText extends SourcePlace {
  readonly text: string;
}

export function footnoteFindings(ctx: LintContext): LintFinding[] {
  const defined = new Set(ctx.survey.footnotes.map((f) => f.label));
  const used = new Set<string>();
  const findings: LintFinding[] = [];
  for (const at of markedTexts(ctx)) {
    for (const marker of footnoteMarkers(at.text)) {
      used.add(marker.label);
      if (defined.has(marker.label)) continue;
      const note = ctx.survey.notes.find((n) => normaliseLabel(n.label) === normaliseLabel(marker.after));
      findings.push(
        createFinding(
          ctx,
          'lint/footnote-undefined',
          { line: at.line, column: at.column + marker.offset },
          `The footnote marker "[^${marker.label}]" in "${at.text}" has no definition, so it shows as text${note ? `; it is read as pointing to the note on "${note.label}" at line ${note.line}` : ''}`,
          `a definition "[^${marker.label}]: …" under the table${note ? `, e.g. the text of the note on "${note.label}"` : ''}, or no marker`,
          note ? [{ at: note, message: `the note on "${note.label}"` }] : [],
        ),
      );
    }
  }
  for (const footnote of ctx.survey.footnotes) {
    if (used.has(footnote.label)) continue;
    findings.push(
      createFinding(
        ctx,
        'lint/footnote-unused',
        footnote,
        `Footnote "[^${footnote.label}]" is defined but no marker points to it; the graph keeps it as a note on the survey`,
        `a marker "[^${footnote.label}]" after what it explains, or no definition`,
      ),
    );
  }
  return findings;
}

/** Every text of the survey that may carry markers: header and cells of the table, names and titles of entries. */
function* markedTexts(ctx: LintContext): Generator<MarkedText> {
  const { table, entries } = ctx.survey;
  for (const cell of table.header) if (cell.text.includes('[^')) yield cell;
  for (const row of table.rows) for (const cell of row.cells) if (cell.text.includes('[^')) yield cell;
  for (const entry of entries) if (entry.nameText) yield { line: entry.line, column: entry.column, text: entry.nameText };
}
