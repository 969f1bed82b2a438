// Broken input fails with a code and the place of the damage: truncated files, binary files, rows that cannot be a row.
import { describe, expect, it } from 'vitest';
import { buildGraph, type Diagnostic, InputError, parseSurvey } from '../../src/index.js';
import { SEED } from '../helpers/seed.js';

const HEAD = ['# Survey', '', '| Project | Compute | Training | Security Assumption |', '|---|---|---|---|', '| A | ● | ○ | Staking |'];
const text = (...lines: string[]): string => [...HEAD, ...lines].join('\n');

function failure(run: () => unknown): Pick<Diagnostic, 'code' | 'place'> | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return { code: error.diagnostic.code, place: error.diagnostic.place };
    throw error;
  }
  return undefined;
}

describe('A truncated file', () => {
  it.each([
    ['in the middle of a table row', text('| B | ● | ◑'), 6, 12],
    ['inside a link address', text('', '### 2. Pre-Training', '', '#### 2.2. Compute', '', '- **A** [[docs](https://a.exa'), 11, 30],
    ['inside a link text', text('', '### 2. Pre-Training', '', '#### 2.2. Compute', '', '- **A** [[do'), 11, 13],
    ['inside bold text', text('', '### 2. Pre-Training', '', '#### 2.2. Compute', '', '- **Morph'), 11, 10],
  ])('should fail with input/truncated when it ends %s, at the end of the last line', (_title, input, line, column) => {
    expect(failure(() => parseSurvey(input, { file: 'cut.md' }))).toEqual({ code: 'input/truncated', place: { file: 'cut.md', line, column } });
  });

  it('should not call a complete file truncated just because it lacks the last line break', () => {
    expect(failure(() => parseSurvey(text('| B | ● | ◑ | Staking |'), { file: 'ok.md' }))).toBeUndefined();
    expect(failure(() => parseSurvey(text('| B | ● | ◑ | Staking'), { file: 'ok.md' }))).toBeUndefined();
  });

  it('should report a short row that is followed by a line break as missing cells, not as truncation', () => {
    expect(failure(() => buildGraph(`${text('| B | ● | ◑ |')}\n`, { file: 'short.md' }))).toEqual({ code: 'table/missing-cells', place: { file: 'short.md', line: 6, column: 11 } });
  });
});

describe('A file that is not UTF-8 text', () => {
  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).toString('utf8'), 1, 1],
    ['UTF-16 text with a byte-order mark', Buffer.from('\ufeff# Survey\n', 'utf16le').toString('utf8'), 1, 1],
    ['a NUL in the middle of line 5', text().replace('| A |', '| A\u0000 |'), 5, 4],
  ])('should fail with input/binary at the first bad byte of %s', (_title, input, line, column) => {
    expect(failure(() => parseSurvey(input, { file: 'bin.md' }))).toEqual({ code: 'input/binary', place: { file: 'bin.md', line, column } });
  });
});

describe('Stray table rows', () => {
  it('should skip a row of only pipes with a warning at its line, and read the rows around it', () => {
    const survey = parseSurvey(text('|   |   |   |   |', '| B | ● | ◑ | Staking |'), { file: 'pipes.md' });
    expect(survey.table.rows.map((r) => r.cells[0]?.text)).toEqual(['A', 'B']);
    expect(survey.diagnostics.map((d) => [d.code, d.place.line])).toEqual([['table/empty-row', 6]]);
  });
});

describe('A project listed twice under one stage', () => {
  it('should keep both listings, the second with a suffix, and warn at the second', () => {
    const graph = buildGraph(text('', '### 2. Pre-Training', '', '#### 2.2. Compute', '', '- **A** [[docs](https://a.example/)]', '- **A** [[docs](https://a.example/)]'), { file: 'twice.md' });
    expect(graph.diagnostics.map((d) => [d.code, d.place.line])).toEqual([['entry/duplicate', 12]]);
    const listings = graph.quads.filter((q) => q.predicate.value === 'https://w3id.org/deai/ontology#listing').map((q) => q.object.value).sort();
    expect(listings).toEqual(['https://w3id.org/deai/project/a/listing/Compute', 'https://w3id.org/deai/project/a/listing/Compute-2']);
  });
});

describe('Line endings', () => {
  const valueSet = (markdown: string): Set<string> =>
    new Set(buildGraph(markdown, { file: 'survey.md', digest: 'same' }).quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`));
  const lf = valueSet(SEED);

  it.each([
    ['CRLF (Windows)', SEED.replace(/\n/g, '\r\n')],
    ['a bare CR (classic Mac OS)', SEED.replace(/\n/g, '\r')],
    ['all three mixed', SEED.split('\n').map((line, i) => line + ['\n', '\r', '\r\n'][i % 3]).join('')],
  ])('should read %s as the same survey, places and all', (_title, markdown) => {
    const graph = valueSet(markdown);
    expect(graph.size).toBe(lf.size);
    expect([...graph].filter((t) => !lf.has(t))).toEqual([]);
  });

  it('should put a diagnostic on the line an editor shows, whatever ends the lines', () => {
    const cr = text('| B | X | ◑ | Staking |').replace(/\n/g, '\r');
    expect(failure(() => parseSurvey(cr, { file: 'cr.md' }))).toBeUndefined();
    expect(failure(() => buildGraph(cr, { file: 'cr.md' }))).toEqual({ code: 'table/unknown-mark', place: { file: 'cr.md', line: 6, column: 7 } });
  });
});

describe('A table with no readable rows', () => {
  it.each([
    ['a header and its delimiter row only', ['# Survey', '', '| Project | Compute | Security Assumption |', '|---|---|---|', '', 'Text.'].join('\n')],
    ['rows of pipes only', ['# Survey', '', '| Project | Compute | Security Assumption |', '|---|---|---|', '| | | |'].join('\n')],
  ])('should fail with table/no-rows at the table for %s', (_title, markdown) => {
    expect(failure(() => parseSurvey(markdown, { file: 'empty.md' }))).toEqual({ code: 'table/no-rows', place: { file: 'empty.md', line: 3, column: 3 } });
  });
});
