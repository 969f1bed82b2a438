// CSV formula injection (issue 15): cells that start with "=", "+", "-", "@", a tab or a CR are neutralised the OWASP
// way in the CSV meant for spreadsheets (Neo4j CSV, `table -f csv|tsv`), and load.cypher reads the values back exactly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cypherUnmarked, spreadsheetSafe } from '../../src/export/spreadsheet-safe.js';
import { graphologyToNeo4jCsv } from '../../src/export/to-neo4j-csv.js';
import { buildGraph } from '../../src/index.js';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { cli } from '../helpers/cli.js';
import { PYTHON } from './support/readers.js';

/** Rows as Python's csv module reads them (an independent reader). */
function parseCsv(text: string): string[][] {
  const result = spawnSync(PYTHON, ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin))))'], { input: text, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

const NAMES = ['=HYPERLINK("evil.example","click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)', "'quoted", 'Plain - name'];
const SURVEY = [
  '# Survey',
  '',
  '| Project | Compute | Training | Security Assumption |',
  '|---|---|---|---|',
  ...NAMES.map((name) => `| ${name.replace(/\|/g, '\\|')} | ● | ○ | Staking |`),
  '',
].join('\n');

describe('spreadsheetSafe', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'already", "''already"],
    ['Plain', 'Plain'],
    ['a=1', 'a=1'],
    ['', ''],
  ])('should write %j as %j', (cell, safe) => {
    expect(spreadsheetSafe(cell)).toBe(safe);
  });
});

describe('The Neo4j CSV of a survey with formula-like names', () => {
  const graph = buildGraph(SURVEY, { file: 'formulas.md' });
  const files = graphologyToNeo4jCsv(graphToGraphology(graph));

  it('starts no text cell with =, +, -, @ (the names get a leading apostrophe)', () => {
    const [header, ...cells] = parseCsv(files['nodes.csv']);
    const rows = cells.map((cellsOfRow) => Object.fromEntries((header ?? []).map((h, i) => [h, cellsOfRow[i] ?? ''])));
    const labels = rows.filter((r) => r[':LABEL'] === 'Project').map((r) => r.label).sort();
    expect(labels).toEqual(["''quoted", "'+1+cmd|' /C calc'!A0", '\'-2+3', '\'=HYPERLINK("evil.example","click")', "'@SUM(1+1)", 'Plain - name']);
    for (const row of rows) for (const [column, value] of Object.entries(row)) if (!column.includes(':int') && !column.includes(':double')) expect(value, column).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('has load.cypher take the apostrophe off again, so LOAD CSV stores the names as written', () => {
    expect(files['load.cypher']).toContain(`n.label = ${cypherUnmarked('row.label')}`);
    expect(cypherUnmarked('row.label')).toBe('CASE WHEN row.label STARTS WITH "\'" THEN substring(row.label, 1) ELSE row.label END');
  });
});

describe('deai-kg table -f csv and -f tsv', () => {
  it('neutralise formula-like names for spreadsheets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-kg-csv-'));
    try {
      writeFileSync(join(dir, 'formulas.md'), SURVEY);
      const csv = cli('table', join(dir, 'formulas.md'), '-f', 'csv', '-q');
      expect(csv.status, csv.stderr).toBe(0);
      const first = parseCsv(csv.stdout).slice(1).map((row) => row[0]);
      expect(first).toEqual(["'=HYPERLINK(\"evil.example\",\"click\")", "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1+1)", "''quoted", 'Plain - name']);
      const tsv = cli('table', join(dir, 'formulas.md'), '-f', 'tsv', '-q');
      expect(tsv.stdout.split('\n').slice(1, -1).map((line) => line.split('\t')[0])).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
