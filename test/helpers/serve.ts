// Starts `deai-kg serve` (the built CLI) on a free loopback port and stops it by its pid.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI, ROOT } from './cli.js';

export interface RunningServe {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly child: ChildProcess;
  /** What the server wrote on stderr so far. */
  stderr(): string;
  stop(): Promise<number | null>;
}

/** `args` go after `serve` (the port is always 0, the host always 127.0.0.1). Resolves once the server prints its URL. */
export async function startServe(args: readonly string[] = [], timeoutMs = 60_000): Promise<RunningServe> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const child = spawn(process.execPath, [CLI, 'serve', ...args, '--port', '0', '--host', '127.0.0.1', '-q'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`deai-kg serve printed no URL within ${timeoutMs} ms; stderr:\n${stderr}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[1] as string);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`deai-kg serve exited (${code}) before serving; stderr:\n${stderr}`));
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: () =>
      new Promise((resolveExit) => {
        if (child.exitCode !== null) return resolveExit(child.exitCode);
        child.once('exit', (code) => resolveExit(code));
        child.kill('SIGTERM');
      }),
  };
}
