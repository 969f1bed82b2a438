// Every real version of the survey the project knows, through the CLI as a user runs it: `build --validate` writes a
// valid graph, `table` gives the survey's table back cell for cell, `lint` reports findings (exit 1), never an error.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintFinding } from '../../src/lint/lint-rules.js';
import { cli, STACK_TRACE } from '../helpers/cli.js';
import { tableCells } from '../helpers/markdown-table.js';

const VERSIONS = [
  ['the version the project was built on', 'data/sok-deai-README.md'],
  ['the "add academic work" version', 'test/fixtures/golden/sok-deai-README-academic.md'],
  ['a later version (notes, figures, a Staking column)', 'test/fixtures/versions/later-real-version.md'],
] as const;

describe.each(VERSIONS)('deai-kg on %s', (_name, file) => {
  const out = mkdtempSync(join(tmpdir(), 'deai-kg-versions-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('build --validate writes a graph that conforms to the shapes (exit 0)', () => {
    const result = cli('build', file, '--validate', '-q', '-o', out);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'deai.ttl'), 'utf8')).toContain('deai:Project');
  });

  it('table gives the survey\'s table back, cell for cell', () => {
    const result = cli('table', file, '-q');
    expect(result.status, result.stderr).toBe(0);
    const original = tableCells(readFileSync(file, 'utf8')).filter((row) => row.some((cell) => cell !== ''));
    expect(tableCells(result.stdout)).toEqual(original);
  });

  it('lint reports its findings as JSON (exit 1), each at a place in the file', () => {
    const result = cli('lint', file, '-f', 'json', '-q');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as LintFinding[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.place.file).toBe(file);
  });
});
