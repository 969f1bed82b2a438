// Bad input end to end: each case exits 2 with file:line:column, what was found and what was expected, no stack
// trace, and leaves the previous build's outputs byte for byte as they were.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/main.js');
const OUTPUTS = ['deai.ttl', 'deai.jsonld'];

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const HEAD = ['# Survey', '', '| Project | Compute | Training | Security Assumption |', '|---|---|---|---|', '| A | ● | ○ | Staking |'];
const lines = (...rest: string[]): string => `${[...HEAD, ...rest].join('\n')}\n`;
const SECTION = ['', '### 2. Pre-Training', '', '#### 2.2. Compute', ''];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

// [what, file content, code, line, column] — places counted by hand from the content.
const CASES: Array<[string, string | Buffer, string, number, number]> = [
  ['a row with too few cells', lines('| B | ● | ◑ |'), 'table/missing-cells', 6, 11],
  ['a row with too many cells', lines('| B | ● | ◑ | Staking | extra |'), 'table/extra-cells', 6, 25],
  ['an unknown mark', lines('| B | X | ◑ | Staking |'), 'table/unknown-mark', 6, 7],
  ['a duplicate project row', lines('| A | ● | ◑ | Staking |'), 'table/duplicate-project', 6, 3],
  ['a file cut in the middle of a table row', lines('| B | ● | ◑').trimEnd(), 'input/truncated', 6, 12],
  ['a file cut inside a link', lines(...SECTION, '- **A** [[docs](https://a.exa').trimEnd(), 'input/truncated', 11, 30],
  ['an empty file', '', 'input/empty', 1, 1],
  ['a file of blank lines', '\n  \n\n', 'input/empty', 1, 1],
  ['a binary file (a PNG)', PNG, 'input/binary', 1, 1],
  ['a UTF-16 file', Buffer.from('\ufeff# Survey\n', 'utf16le'), 'input/binary', 1, 1],
  ['a javascript: link in the table', lines('| [B](javascript:alert(1)) | ● | ◑ | Staking |'), 'link/not-http', 6, 3],
  ['a data: link in a section', lines(...SECTION, '- **A** [[docs](data:text/html,hi)]'), 'link/not-http', 11, 10],
  ['a file: link in the table', lines('| [B](file:///etc/passwd) | ● | ◑ | Staking |'), 'link/not-http', 6, 3],
  ['a very long line', lines('', 'x'.repeat(100_001)), 'input/long-line', 7, 100_001],
  ['markdown without a table', '# Survey\n\nNo table here.\n', 'table/missing', 1, 1],
];

describe('deai-kg build on bad input', () => {
  let tmp: string;
  let out: string;
  let before: Buffer[];

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'deai-kg-bad-'));
    out = join(tmp, 'out');
    expect(cli('build', '-q', '-o', out).status).toBe(0);
    before = OUTPUTS.map((name) => readFileSync(join(out, name)));
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each(CASES)('%s exits 2 with file:line:column and its code, and writes nothing', (what, content, code, line, column) => {
    const file = join(tmp, `${code.replace('/', '-')}-${CASES.findIndex((c) => c[0] === what)}.md`);
    writeFileSync(file, content);
    const result = cli('build', file, '-o', out);
    expect(result.status, result.stderr).toBe(2);
    const message = result.stderr.trimEnd().split('\n');
    expect(message, 'one line, no stack trace').toHaveLength(1);
    expect(message[0]?.startsWith(`${file}:${line}:${column}: error: `), message[0]).toBe(true);
    expect(message[0]).toContain(' Expected ');
    expect(message[0]?.endsWith(`[${code}]`)).toBe(true);
    expect(result.stdout).toBe('');
    OUTPUTS.forEach((name, i) => expect(readFileSync(join(out, name)).equals(before[i] as Buffer), `${name} was overwritten`).toBe(true));
    // The outputs, and deai-kg's own directory of builds (src/node/output-set.ts) holding the one current build.
    expect(readdirSync(out).sort()).toEqual(['.deai-kg', ...OUTPUTS].sort());
    expect(readdirSync(join(out, '.deai-kg')).filter((e) => !e.startsWith('build-')).sort()).toEqual(['current']);
    expect(readdirSync(join(out, '.deai-kg')).filter((e) => e.startsWith('build-'))).toHaveLength(1);
  });

  it('lint and validate exit 2 on the same input, with the same place', () => {
    const file = join(tmp, 'unknown-mark.md');
    writeFileSync(file, lines('| B | X | ◑ | Staking |'));
    for (const command of ['lint', 'validate', 'table']) {
      const result = cli(command, file);
      expect(result.status, command).toBe(2);
      expect(result.stderr.trimEnd()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:7: error: .*\\[table/unknown-mark\\]$`));
    }
  });
});
