// Runs the compiled CLI (dist/cli/main.js) from the repository root, as a user would.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/package-files.js';

/** The repository root, found by package name (so compiled copies of the helpers, e.g. in dist-bench/, work too). */
export const ROOT = PACKAGE_ROOT.replace(/[\\/]$/, '');
export const CLI = join(ROOT, 'dist/cli/main.js');
/** A stack trace in a message means an error escaped the CLI's handling. */
export const STACK_TRACE = /\n\s+at /;

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { timeout?: number } = {}): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: options.timeout ?? 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const cli = (...args: string[]): Run => runCli(args);

/**
 * The same without blocking this process: for tests that answer the CLI from their own HTTP server.
 * `env` is added to this process's environment.
 */
export function runCliAsync(args: readonly string[], env: Readonly<Record<string, string>> = {}, timeoutMs = 120_000): Promise<Run> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
