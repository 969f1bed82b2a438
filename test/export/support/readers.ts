// Running the independent readers (Debian's rapper, Python rdflib/pyld/networkx): a missing tool fails, never skips.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** apt's python: the first python3 on PATH may be another interpreter without apt's modules. */
export const PYTHON = '/usr/bin/python3';

/** The Python checkers that live beside this file. */
export const SCRIPT = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool; a missing tool fails the test and names the apt package to install. */
export function run(cmd: string, args: readonly string[], aptPackage: string): Run {
  const result = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${cmd} is not installed: apt-get install -y ${aptPackage} (npm run setup:test-peers installs every checker)`);
  }
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a Python checker that prints one JSON document; an ImportError names the apt package to install. */
export function python<T>(script: string, args: readonly string[], aptPackages: string): T {
  const result = run(PYTHON, [SCRIPT(script), ...args], `python3 ${aptPackages}`);
  if (/ModuleNotFoundError|ImportError/.test(result.stderr)) {
    throw new Error(`${PYTHON} cannot import a module: apt-get install -y ${aptPackages}\n${result.stderr}`);
  }
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** rapper's triple count for a file, or the parse error. */
export function rapperCount(file: string, syntax: 'ntriples' | 'turtle' | 'rdfxml' | 'trig' | 'nquads'): number {
  const result = run('rapper', ['-i', syntax, '-c', file], 'raptor2-utils');
  expect(result.status, result.stderr).toBe(0);
  const count = /Parsing returned (\d+) triples/.exec(result.stderr)?.[1];
  expect(count, result.stderr).toBeDefined();
  return Number(count);
}
