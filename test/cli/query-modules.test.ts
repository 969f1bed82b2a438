// A cached `deai-kg query` spends most of its 0.4 s starting: it must not load Node modules it does not use.
// node:crypto (~10 ms) hashed the survey for the cache key; node:child_process (~8 ms, with net and dgram) came with
// Commander, for subcommands that are separate programs, which deai-kg has none of.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'deai-kg-builtins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Node's own modules one run of the CLI loads, and what it printed. */
function builtinsLoadedBy(args: string[]): { loaded: string[]; stdout: string } {
  const record = join(dir, 'builtins.txt');
  const run = spawnSync(process.execPath, ['-r', join(ROOT, 'test/helpers/record-builtins.cjs'), CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DEAI_KG_CACHE_DIR: join(dir, 'cache'), RECORD_BUILTINS: record },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { loaded: readFileSync(record, 'utf8').split('\n'), stdout: run.stdout };
}

describe('deai-kg query from the survey cache', () => {
  it('should load neither node:crypto nor node:child_process', () => {
    const first = builtinsLoadedBy(['query', 'proof-of-stake-family']); // builds the graph and fills the cache
    const cached = builtinsLoadedBy(['query', 'proof-of-stake-family']);
    expect(cached.stdout).toBe(first.stdout);
    expect(cached.stdout).toContain('Balance DAO │ Nominated Proof of Stake');
    // The record works: the query sets V8's flags for its WebAssembly (node:v8) and finds the user's cache (node:os).
    expect(cached.loaded).toContain('NativeModule v8');
    expect(cached.loaded).toContain('NativeModule os');
    expect(cached.loaded).not.toContain('NativeModule crypto');
    expect(cached.loaded).not.toContain('NativeModule child_process');
  });
});
