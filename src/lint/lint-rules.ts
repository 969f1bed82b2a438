// Every rule `deai-kg lint` reports, declared once: its code, SARIF level and one-line description.
import type { Diagnostic, Place } from '../errors.js';

export type LintLevel = 'error' | 'warning' | 'note';

export interface LintRule {
  /** The finding's code, e.g. `lint/section-only` (the SARIF rule id). */
  readonly id: string;
  readonly level: LintLevel;
  readonly description: string;
}

/** A lint finding: a diagnostic, with the other places it refers to (the table row of a section entry, …). */
export interface LintFinding extends Diagnostic {
  readonly related: readonly { readonly place: Place; readonly message: string }[];
}

/** Rules of the survey lint itself. */
export const LINT_RULES: readonly LintRule[] = [
  { id: 'lint/section-only', level: 'warning', description: 'A project is listed in a section but has no row in the overview table' },
  { id: 'lint/table-only', level: 'note', description: 'A project has a row in the overview table but no section lists it' },
  { id: 'lint/stage-mismatch', level: 'warning', description: "A project is listed under a stage's section, but its table row does not mark that stage (● or ◑)" },
  { id: 'lint/name-variant', level: 'warning', description: 'A section entry names a project differently (a probable variant, joined as skos:altLabel)' },
  { id: 'lint/link-mismatch', level: 'warning', description: "The table's link for a project matches none of its section links (URL, host or file)" },
  { id: 'lint/heading-numbering', level: 'warning', description: 'A section number does not follow the one before it' },
  { id: 'lint/bidi-control', level: 'warning', description: 'A name holds a Unicode bidirectional control (it can display as other text)' },
  { id: 'lint/uncertain-mark', level: 'note', description: 'A table cell is marked uncertain or unknown with "?"' },
  { id: 'lint/footnote-undefined', level: 'warning', description: 'A footnote marker ("[^2]") has no definition ("[^2]: …"), so it shows as text' },
  { id: 'lint/footnote-unused', level: 'note', description: 'A footnote is defined but no marker points to it' },
  { id: 'lint/paper-conflict', level: 'warning', description: 'Two listings of one paper give it different authors, venue, year, … (the fuller citation is in the graph)' },
];

/** Warnings of the build that are problems in the survey; lint reports them as findings under the same codes. */
export const BUILD_RULES: readonly LintRule[] = [
  { id: 'heading/level-slip', level: 'warning', description: "A numbered heading's level does not match its number" },
  { id: 'section/number-mismatch', level: 'warning', description: "A stage section's number differs from the ontology's skos:notation" },
  { id: 'section/unknown-stage', level: 'warning', description: 'A section names no lifecycle stage of the ontology (a new stage is minted)' },
  { id: 'table/extra', level: 'warning', description: 'A second table is not read' },
  { id: 'table/extra-cell', level: 'warning', description: 'A table row has an empty cell beyond the header columns' },
  { id: 'table/empty-row', level: 'warning', description: 'A table row holds only pipes and no cell text' },
  { id: 'table/unknown-criterion', level: 'warning', description: 'A column of marks names no stage or capability of the ontology (a new criterion is minted)' },
  { id: 'table/unknown-text-column', level: 'warning', description: 'A text column is not in the ontology (a new property is minted)' },
  { id: 'assumption/unknown', level: 'warning', description: 'A security assumption is not in the ontology (a new concept is minted)' },
  { id: 'entry/duplicate', level: 'warning', description: 'A project or paper is listed twice under the same stage' },
  { id: 'entry/unrecognised', level: 'warning', description: 'A list item under a section is not a project or paper entry' },
  { id: 'link/unknown-type', level: 'warning', description: 'A section link has a type the ontology does not name (kept as deai:link)' },
  { id: 'resolve/by-link', level: 'warning', description: 'A section entry matched no table name and was joined to a project by a shared link' },
  { id: 'resolve/name-variant', level: 'warning', description: 'A section entry was joined to a project whose name differs only by words like "AI", "Labs" or ".io"' },
  { id: 'resolve/ambiguous', level: 'warning', description: 'A section entry could be one of several projects; it is kept apart' },
  { id: 'project/slug-clash', level: 'warning', description: 'Two project names give the same IRI slug' },
  { id: 'note/unattached', level: 'warning', description: 'A bold-label note names no column, project, paper or concept (it is kept as a note on the survey)' },
  { id: 'citation/unread', level: 'warning', description: 'A part of a citation is not an author, venue, volume, number, pages, year, edition, place or publisher (it stays in the raw citation)' },
];

const BY_ID = new Map([...LINT_RULES, ...BUILD_RULES].map((rule) => [rule.id, rule]));

/** The rule of a code; a build warning this table does not know yet still gets a rule. */
export function ruleOf(code: string): LintRule {
  return BY_ID.get(code) ?? { id: code, level: 'warning', description: `Build warning ${code}` };
}
