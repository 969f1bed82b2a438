// A survey read piece by piece (a table cut between rows, a list between items) parses to the same records as the
// whole text at once: checked on the bundled survey, the academic version and a generated survey with tiny pieces.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticSurvey } from '../../bench/synthetic-survey.js';
import { textToLines } from '../../src/parse/line-splitter.js';
import { linesToPieces } from '../../src/parse/markdown-pieces.js';
import { parseSurvey, parseSurveyLines } from '../../src/parse/parse-survey.js';
import type { SectionEntry, TableRow } from '../../src/parse/survey-types.js';

function parseInPieces(text: string, pieceLines: number) {
  const { lines, endsWithBreak } = textToLines(text);
  return parseSurveyLines({ lines: () => lines, endsWithBreak: () => endsWithBreak }, { file: 's.md', rows: [] as TableRow[], entries: [] as SectionEntry[], pieceLines });
}

const SURVEYS: [string, string][] = [
  ['bundled survey', readFileSync('data/sok-deai-README.md', 'utf8')],
  ['academic version', readFileSync('test/fixtures/golden/sok-deai-README-academic.md', 'utf8')],
  ['generated survey of 200 projects', syntheticSurvey(200)],
];

describe('parsing in pieces', () => {
  it.each(SURVEYS)('%s: every record and warning is the same with pieces of 5 and 40 lines', (_, text) => {
    const whole = parseSurvey(text, { file: 's.md' });
    for (const pieceLines of [5, 40]) expect(parseInPieces(text, pieceLines)).toEqual(whole);
  });

  it('cuts a table between rows and repeats its header and delimiter in the next piece', () => {
    const lines = ['# T', '', '| Project | Training |', '|---|---|', '| A | ● |', '| B | ○ |', '| C | ◑ |', '', '### 1. Task Proposing', '- **A**'];
    const pieces = [...linesToPieces(lines, 5)];
    expect(pieces).toEqual([
      { lines: ['# T', '', '| Project | Training |', '|---|---|', '| A | ● |'], base: 0, continuesTable: false },
      { lines: ['| Project | Training |', '|---|---|', '| B | ○ |', '| C | ◑ |', ''], base: 3, continuesTable: true },
      { lines: ['### 1. Task Proposing', '- **A**'], base: 8, continuesTable: false },
    ]);
  });

  it('never cuts inside a fenced code block', () => {
    const lines = ['```', 'a', '', 'b', '- c', '```', '', 'after'];
    expect([...linesToPieces(lines, 2)].map((p) => p.lines)).toEqual([['```', 'a', '', 'b', '- c', '```', ''], ['after']]);
  });

  it('places rows of a continued table on their own lines', () => {
    const text = ['| Project | Training |', '|---|---|', ...Array.from({ length: 12 }, (_, i) => `| P${i} | ● |`), ''].join('\n');
    const rows = [...parseInPieces(text, 4).table.rows].map((row) => [row.line, row.cells[0]?.text]);
    expect(rows).toEqual(Array.from({ length: 12 }, (_, i) => [i + 3, `P${i}`]));
  });
});
