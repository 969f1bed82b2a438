// The deai-kg command line end to end: `node dist/cli/main.js` in a child process, outputs in temp dirs.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, STACK_TRACE } from '../helpers/cli.js';

const SURVEY = join(ROOT, 'data/sok-deai-README.md');
const OUTPUTS = ['deai.ttl', 'deai.jsonld'];


describe('The deai-kg command line', () => {
  let tmp: string;
  const fresh = (name: string): string => join(tmp, name);
  const read = (dir: string, name: string): Buffer => readFileSync(join(dir, name));

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'deai-kg-cli-'));
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('build -o DIR writes deai.ttl and deai.jsonld, a summary on stderr and nothing on stdout', () => {
    const out = fresh('build');
    const result = cli('build', '-o', out);
    expect(result.status, result.stderr).toBe(0);
    // The outputs (links into the build's directory) and deai-kg's directory of builds, .deai-kg.
    expect(readdirSync(out).sort()).toEqual(['.deai-kg', ...OUTPUTS].sort());
    for (const name of OUTPUTS) expect(read(out, name).length).toBeGreaterThan(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/\d+ projects, \d+ triples/);
  });

  it('two builds of the same survey are byte-identical', () => {
    const [a, b] = [fresh('twice-a'), fresh('twice-b')];
    expect(cli('build', SURVEY, '-o', a).status).toBe(0);
    expect(cli('build', SURVEY, '-o', b).status).toBe(0);
    for (const name of OUTPUTS) expect(read(a, name).equals(read(b, name)), `${name} differs between builds`).toBe(true);
  });

  it('build --formats ttl,nt,jsonld streams the three files, each byte-identical to what export writes from the in-memory graph', () => {
    const out = fresh('streamed');
    const result = cli('build', '--formats', 'ttl,nt,jsonld', '-o', out);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.deai-kg', 'deai.jsonld', 'deai.nt', 'deai.ttl']);
    for (const [format, name] of [['ttl', 'deai.ttl'], ['nt', 'deai.nt'], ['jsonld', 'deai.jsonld']] as const) {
      const exported = cli('export', '--format', format, '-q');
      expect(exported.status, exported.stderr).toBe(0);
      expect(read(out, name).toString('utf8'), `${name} vs export --format ${format}`).toBe(exported.stdout);
    }
    const triples = Number(/(\d+) triples/.exec(result.stderr)?.[1]);
    expect(read(out, 'deai.nt').toString('utf8').trimEnd().split('\n')).toHaveLength(triples);
  });

  it('build refuses an unknown format with exit 2 and the list of formats', () => {
    const result = cli('build', '--formats', 'ttl,gexf', '-o', fresh('bad-format'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('expected a comma-separated list of ttl, nt, jsonld');
    expect(existsSync(fresh('bad-format'))).toBe(false);
  });

  it('build draws no progress bar when stderr is not a terminal', () => {
    const result = cli('build', '-o', fresh('piped'));
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\x1b[');
  });

  it('--help exits 0 and lists the build and table commands', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s+build\b/m);
    expect(result.stdout).toMatch(/^\s+table\b/m);
  });

  it('build --help exits 0', () => {
    const result = cli('build', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('build');
  });

  it('an unknown command or option exits 2 without a stack trace', () => {
    for (const args of [['frobnicate'], ['build', '--frobnicate']]) {
      const result = cli(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('a missing SOURCE exits 2 with missing.md:1:1 and no stack trace', () => {
    const result = cli('build', 'missing.md', '-o', fresh('missing'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing.md:1:1');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(fresh('missing/deai.ttl'))).toBe(false);
  });

  it('bad input exits 2 with file:line and leaves the previous outputs intact', () => {
    const out = fresh('keep');
    expect(cli('build', '-o', out).status).toBe(0);
    const before = OUTPUTS.map((name) => read(out, name));

    // Line 39 is Bittensor's table row: its first ● becomes an unknown mark.
    const lines = readFileSync(SURVEY, 'utf8').split('\n');
    expect(lines[38]).toContain('[Bittensor]');
    const start = lines[38]!.indexOf('[Bittensor]');
    const mark = lines[38]!.indexOf('●', start);
    lines[38] = `${lines[38]!.slice(0, mark)}X${lines[38]!.slice(mark + 1)}`;
    const broken = fresh('broken.md');
    writeFileSync(broken, lines.join('\n'));

    const result = cli('build', broken, '-o', out);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain(`${broken}:39:`);
    expect(result.stderr).toContain('[table/unknown-mark]');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    OUTPUTS.forEach((name, i) => expect(read(out, name).equals(before[i]!), `${name} was overwritten`).toBe(true));
    expect(readdirSync(join(out, '.deai-kg')).filter((name) => name.startsWith('staging-'))).toEqual([]);
  });

  it('table prints the 52-project markdown table on stdout and warnings only on stderr', () => {
    const result = cli('table');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\| Project/);
    expect(lines[1]).toMatch(/^\|[\s:|-]+\|$/);
    expect(lines.slice(2).filter((line) => line.startsWith('|'))).toHaveLength(52);
    expect(lines).toHaveLength(54);
    expect(result.stdout).not.toMatch(/warning|error/i);
  });
});
