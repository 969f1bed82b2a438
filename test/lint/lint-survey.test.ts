// The survey lint: every rule on a small survey that breaks it, a clean survey, and the real problems of the bundled one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledOntology, bundledVariants, InputError, lintSurvey } from '../../src/index.js';
import type { LintFinding } from '../../src/lint/lint-rules.js';
import { SEED, SEED_PATH } from '../helpers/seed.js';

const DIR = 'test/fixtures/lint';
const lint = (text: string, file = 'survey.md'): LintFinding[] => lintSurvey(text, { ontology: bundledOntology(), variants: bundledVariants(), file });
const lintFixture = (name: string): LintFinding[] => lint(readFileSync(`${DIR}/${name}`, 'utf8'), name);
const codesAndLines = (findings: readonly LintFinding[]): Array<[string, number]> => findings.map((f) => [f.code, f.place.line]);

describe('lintSurvey on a clean survey', () => {
  it('should find nothing in a survey whose table and sections agree', () => {
    expect(lintFixture('clean.md')).toEqual([]);
  });
});

describe('lintSurvey rule by rule (each fixture is clean.md with one change)', () => {
  it.each([
    ['section-only.md', 'Morpheus listed in 3.1 without a table row', [['lint/section-only', 32]]],
    ['table-only.md', 'Nosana in the table, in no section', [['lint/table-only', 10]]],
    ['stage-mismatch.md', 'Bittensor listed under On-training, its Training cell ○', [['lint/stage-mismatch', 31]]],
    ['name-variant.md', '"Akash Network" in the section, "Akash" in the table: one probable variant', [['lint/name-variant', 25]]],
    ['link-mismatch.md', "the table links Akash's econ paper, the section its docs", [['lint/link-mismatch', 8]]],
    ['heading-numbering.md', '"2.3. Compute" right after 2.1.1', [['lint/heading-numbering', 21], ['section/number-mismatch', 21]]],
    ['heading-level.md', '"#### 2.2.1. Industry" one level too high', [['heading/level-slip', 23]]],
    ['uncertain-mark.md', 'Akash\'s assumption "Staking?"', [['lint/uncertain-mark', 8]]],
    ['footnote-undefined.md', '"Decentralization[^1]" with no "[^1]: …"', [['lint/footnote-undefined', 5]]],
    ['footnote-unused.md', '"[^1]: …" that no marker points to', [['lint/footnote-unused', 11]]],
    ['note-unattached.md', '"**Quantum Resistance**: …" names nothing in the survey', [['note/unattached', 11]]],
    ['ambiguous-name.md', '"Akash" in the section, "Akash AI" and "Akash Labs" in the table', [['lint/table-only', 8], ['lint/table-only', 9], ['lint/section-only', 26], ['resolve/ambiguous', 26]]],
  ])('%s: %s', (name, _what, expected) => {
    expect(codesAndLines(lintFixture(name))).toEqual(expected);
  });

  it('should name both places of a stage mismatch: the section entry and the table cell', () => {
    const [finding] = lintFixture('stage-mismatch.md');
    expect(finding?.place).toEqual({ file: 'stage-mismatch.md', line: 31, column: 1 });
    expect(finding?.related.map((r) => r.place.line)).toEqual([9]);
  });

  it('should place a footnote marker with no definition at the marker itself', () => {
    const [finding] = lintFixture('footnote-undefined.md');
    expect(finding?.place).toEqual({ file: 'footnote-undefined.md', line: 5, column: 91 });
  });

  it('should name the table row of a name variant', () => {
    const finding = lintFixture('name-variant.md').find((f) => f.code === 'lint/name-variant');
    expect(finding?.related.map((r) => [r.place.line, r.place.column])).toEqual([[8, 3]]);
  });

  it('should throw the build\'s InputError for a survey that cannot be built', () => {
    expect(() => lint('| Project | Compute |\n|---|---|\n| [X](https://x.example/) | X |\n')).toThrow(InputError);
  });
});

describe('lintSurvey on the bundled survey', () => {
  const findings = lint(SEED, SEED_PATH);
  const linesOf = (code: string): number[] => findings.filter((f) => f.code === code).map((f) => f.place.line);

  it('should report Morpheus, listed in 4.2 but not in the table', () => {
    expect(linesOf('lint/section-only')).toEqual([149]);
  });

  it('should report Commune AI, listed under On-training while its Training cell is ○ (line 71)', () => {
    const mismatch = findings.filter((f) => f.code === 'lint/stage-mismatch');
    expect(mismatch.map((f) => [f.place.line, f.related.map((r) => r.place.line)])).toEqual([[125, [71]]]);
  });

  it('should report the four section names that differ from the table, each with the table row', () => {
    const variants = findings.filter((f) => f.code === 'lint/name-variant');
    // Numeraire/Numerai, Fetch/Fetch AI, Balance AI/Balance DAO, Immutable/Immutable Labs
    expect(variants.map((f) => [f.place.line, f.related[0]?.place.line])).toEqual([[124, 69], [148, 76], [157, 89], [159, 86]]);
  });

  it("should report Bittensor's table link (bittensor.com), which none of its section links match", () => {
    expect(linesOf('lint/link-mismatch')).toEqual([39]);
  });

  it('should report the heading level slip and the stray empty cell, as the build warns', () => {
    expect(linesOf('heading/level-slip')).toEqual([130]);
    expect(linesOf('table/extra-cell')).toEqual([71]);
    expect(linesOf('lint/heading-numbering')).toEqual([]);
  });

  it('should report the 14 assumption cells with "?": 6 uncertain, 8 unknown', () => {
    expect(linesOf('lint/uncertain-mark')).toEqual([45, 46, 47, 51, 56, 57, 60, 65, 68, 70, 82, 84, 85, 86]);
  });

  it('should report the 31 table rows that no section lists', () => {
    expect(linesOf('lint/table-only')).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 59, 60, 61, 62, 63, 64, 65, 66, 68, 70, 72, 77, 78, 79, 80, 81, 82, 83, 84, 85, 88, 90]);
    expect(findings).toHaveLength(1 + 1 + 4 + 1 + 2 + 14 + 31);
  });

  it('should give each finding a level: warnings for disagreements, notes for gaps and uncertainty', () => {
    expect(new Set(findings.filter((f) => f.code === 'lint/table-only' || f.code === 'lint/uncertain-mark').map((f) => f.severity))).toEqual(new Set(['note']));
    expect(new Set(findings.filter((f) => f.code === 'lint/stage-mismatch' || f.code === 'heading/level-slip').map((f) => f.severity))).toEqual(new Set(['warning']));
  });
});

describe('lintSurvey on the academic version of the survey', () => {
  const file = 'test/fixtures/golden/sok-deai-README-academic.md';
  const findings = lint(readFileSync(file, 'utf8'), file);

  it('should report the paper cited three ways once per disagreeing field, at the listing that disagrees, naming the kept one', () => {
    const conflicts = findings.filter((f) => f.code === 'lint/paper-conflict');
    expect(conflicts.map((f) => [f.place.line, f.related.map((r) => r.place.line)])).toEqual([[129, [188]], [129, [188]]]);
    expect(conflicts.map((f) => f.message)).toEqual([
      '"Language models are few-shot learners" is cited here with authors "T. B. Brown", but at line 188 with "T. B. Brown et al." (the fuller citation, which the graph keeps)',
      '"Language models are few-shot learners" is cited here with venue "arXiv preprint", but at line 188 with "Advances in Neural Information Processing Systems" (the fuller citation, which the graph keeps)',
    ]);
  });
});
