// `deai-kg … | head -1`: the reader closes the pipe after the first line. deai-kg stops quietly (exit 0, nothing on
// stderr), for its own output and for commander's help alike, instead of Node's unhandled EPIPE and a stack trace.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/cli.js';

function firstLineThenClose(args: string[]): Promise<{ first: string; status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, DEAI_KG_CACHE: 'off' } });
    let first = '';
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.once('data', (c) => {
      first = String(c).split('\n')[0] as string;
      child.stdout.destroy();
    });
    child.on('close', (status) => resolve({ first, status, stderr }));
  });
}

describe('a closed stdout', () => {
  it.each([
    [['query', '--list'], 'assumption-families\tHow many projects rely on each family of security assumptions (the top concepts of the scheme)?'],
    [['push', '--help'], 'Usage: deai-kg push [options] [SOURCE]'],
    [['export', '-f', 'nt', '-q'], '<https://w3id.org/deai/survey> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/deai/ontology#Survey> .'],
  ])('deai-kg %j stops quietly with exit 0', async (args, line) => {
    const run = await firstLineThenClose(args);
    expect(run.first).toBe(line);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
