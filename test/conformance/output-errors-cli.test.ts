// File-system errors are the user's to fix, not bugs (issue 15): -o naming a file, a path through a file, /proc (where
// `build` used to spin forever), a read-only or full disk, a device → a message naming the path and the reason,
// exit 2, no stack trace, and earlier outputs as they were. Read-only and full disks are real tmpfs mounts in a
// private mount namespace (unshare -m; CI runs as root).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cli, ROOT, type Run, STACK_TRACE } from '../helpers/cli.js';

/** Runs the CLI with a fresh tmpfs (mount options `options`) mounted at `dir`, visible to that process only. */
function cliOnTmpfs(dir: string, options: string, ...args: string[]): Run {
  const script = `mount -t tmpfs -o ${options} tmpfs "$1" && shift && exec "$@"`;
  const result = spawnSync('unshare', ['-m', 'sh', '-c', script, 'sh', dir, process.execPath, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectClearError(run: Run, message: string): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).toContain(message);
}

describe('An output place that cannot be written', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'deai-kg-out-'));
    writeFileSync(join(tmp, 'a-file'), 'mine');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('build -o FILE: names the file, before parsing anything', () => {
    expectClearError(cli('build', 'no-such-survey.md', '-o', join(tmp, 'a-file')), `deai-kg: -o ${join(tmp, 'a-file')} names a file, not a directory.`);
  });

  it('build -o FILE/sub: names the file in the way', () => {
    expectClearError(cli('build', '-o', join(tmp, 'a-file', 'sub')), `${join(tmp, 'a-file')} is a file, not a directory.`);
  });

  it('build -o /proc/x: fails at once (it spun at 100% CPU forever)', () => {
    const run = cli('build', '-o', '/proc/x');
    expectClearError(run, 'cannot write to -o /proc/x: the place does not exist or holds no directories (e.g. /proc) [ENOENT]');
  });

  it('export -o /dev/full: refuses to replace a device (as root, a rename would have)', () => {
    expectClearError(cli('export', '-f', 'nt', '-o', '/dev/full'), '-o /dev/full is a device, pipe or socket, not a file that can be replaced.');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('export -f csv -o FILE: says the directory format needs a directory', () => {
    expectClearError(cli('export', '-f', 'csv', '-o', join(tmp, 'a-file')), 'is a file');
  });

  it('a read-only file system: says so', () => {
    const dir = join(tmp, 'ro');
    mkdirSync(dir);
    expectClearError(cliOnTmpfs(dir, 'ro', 'build', '-o', join(dir, 'out')), 'the file system is read-only [EROFS]');
  });

  it('a full disk: says so, for build and for export', () => {
    const dir = join(tmp, 'full');
    mkdirSync(dir);
    const run = cliOnTmpfs(dir, 'size=128k', 'build', '-o', join(dir, 'out'), '-q');
    expectClearError(run, 'the disk is full [ENOSPC]. Nothing was written');
    const exported = cliOnTmpfs(dir, 'size=128k', 'export', '-f', 'nt', '-o', join(dir, 'deai.nt'), '-q');
    expectClearError(exported, `cannot write ${join(dir, 'deai.nt')}: the disk is full [ENOSPC]`);
  });
});
