// A build killed at any point leaves a consistent set of outputs (issue 15): a 20k-project build is killed (SIGKILL)
// early, half-way and late in writing; the outputs are still the previous build's, all of them, and the
// next build removes the killed runs' staging directories. Kills during publishing: test/node/output-set.test.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSurvey } from '../../bench/synthetic-survey.js';
import { CLI, cli, ROOT } from '../helpers/cli.js';

// The default formats; deai.nt would add 460 MB of writing at 20k projects and nothing to the test.
const OUTPUTS = ['deai.ttl', 'deai.jsonld'];

/** Starts a build and kills it once its staging deai.ttl holds `bytes`; resolves when the process has died. */
function buildKilledAt(source: string, out: string, bytes: number): Promise<{ signal: NodeJS.Signals | null; staged: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'build', source, '-o', out, '-f', 'ttl,jsonld', '-q'], { cwd: ROOT, stdio: 'ignore' });
    let staged = 0;
    const poll = setInterval(() => {
      staged = stagedBytes(out);
      if (staged >= bytes) child.kill('SIGKILL');
    }, 20);
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ signal, staged });
    });
  });
}

function stagedBytes(out: string): number {
  const state = join(out, '.deai-kg');
  if (!existsSync(state)) return 0;
  for (const entry of readdirSync(state)) {
    const file = join(state, entry, 'deai.ttl');
    if (entry.startsWith('staging-') && existsSync(file)) return statSync(file).size;
  }
  return 0;
}

describe('A 20k-project build killed while it writes', () => {
  let tmp: string;
  let out: string;
  let big: string;
  let small: string;
  let before: Buffer[];

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'deai-kg-kill-'));
    out = join(tmp, 'out');
    big = join(tmp, 'survey-20k.md');
    small = join(tmp, 'survey-small.md');
    writeFileSync(big, syntheticSurvey(20_000));
    writeFileSync(small, syntheticSurvey(30));
    const first = cli('build', small, '-o', out, '-f', 'ttl,jsonld', '-q');
    expect(first.status, first.stderr).toBe(0);
    before = OUTPUTS.map((name) => readFileSync(join(out, name)));
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // Bytes of the staged deai.ttl at the kill (the whole file is about 140 MB).
  it.each([
    ['early', 1_000_000],
    ['half-way', 60_000_000],
    ['late', 100_000_000],
  ])('%s leaves every output as the previous build wrote it, all from one build', async (_when, bytes) => {
    const killed = await buildKilledAt(big, out, bytes);
    expect(killed.signal, `the build ended before the kill (staged ${killed.staged} bytes)`).toBe('SIGKILL');
    OUTPUTS.forEach((name, i) => expect(readFileSync(join(out, name)).equals(before[i] as Buffer), name).toBe(true));
    expect(new Set(OUTPUTS.map((name) => dirname(realpathSync(join(out, name))))).size).toBe(1);
  }, 300_000);

  it('the next build publishes its outputs and removes every staging directory the killed runs left', () => {
    // Each killed run removed the staging directory of the one before it; the last one's is still there.
    expect(readdirSync(join(out, '.deai-kg')).filter((e) => e.startsWith('staging-'))).toHaveLength(1);
    writeFileSync(small, syntheticSurvey(31));
    const next = cli('build', small, '-o', out, '-f', 'ttl,jsonld', '-q');
    expect(next.status, next.stderr).toBe(0);
    expect(readdirSync(join(out, '.deai-kg')).filter((e) => !e.startsWith('build-'))).toEqual(['current']);
    expect(readdirSync(join(out, '.deai-kg')).filter((e) => e.startsWith('build-'))).toHaveLength(1);
    expect(readFileSync(join(out, 'deai.ttl')).equals(before[0] as Buffer)).toBe(false);
  }, 120_000);
});
