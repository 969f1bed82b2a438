// lint/bidi-control: names holding Unicode bidirectional controls. An override can make "Evil\u202Egnp.exe" display
// as "Evilexe.png" wherever the name is shown (issue 15); the pages isolate names, but the survey should not hold them.
import { createFinding, type LintContext } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';
import type { SourcePlace } from '../parse/survey-types.js';

/** The bidirectional formatting characters (Unicode UAX #9): marks, embeddings, overrides, isolates. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const NAMES: Readonly<Record<string, string>> = {
  '\u061C': 'ARABIC LETTER MARK', '\u200E': 'LEFT-TO-RIGHT MARK', '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING', '\u202B': 'RIGHT-TO-LEFT EMBEDDING', '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE', '\u202E': 'RIGHT-TO-LEFT OVERRIDE', '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE', '\u2068': 'FIRST STRONG ISOLATE', '\u2069': 'POP DIRECTIONAL ISOLATE',
};

export function bidiFindings(ctx: LintContext): LintFinding[] {
  const names: { text: string; at: SourcePlace; what: string }[] = [
    ...ctx.survey.table.rows.flatMap((row) => (row.cells[0] ? [{ text: row.cells[0].text, at: row.cells[0], what: 'The table name' }] : [])),
    ...ctx.survey.entries.map((entry) => ({ text: entry.kind === 'project' ? entry.name : entry.title, at: entry, what: entry.kind === 'project' ? 'The section entry' : 'The paper title' })),
  ];
  return names.flatMap(({ text, at, what }) => {
    const found = BIDI.exec(text);
    if (!found) return [];
    const ch = found[0];
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase()}`;
    const visible = text.replace(new RegExp(BIDI.source, 'gu'), (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
    return [createFinding(ctx, 'lint/bidi-control', at, `${what} "${visible}" holds ${code} ${NAMES[ch]} at character ${found.index + 1}: it can make the name display as other text`, 'the name without bidirectional controls (a name in a right-to-left script needs none)')];
  });
}
