// A throwaway Virtuoso (Debian's virtuoso-opensource) on 127.0.0.1: its own database directory and ports, stopped by its pid.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = '/usr/bin/virtuoso-t';
const INI = '/etc/virtuoso-opensource-7/virtuoso.ini';
const INSTALL = 'apt-get install -y virtuoso-opensource (preseed virtuoso-opensource-7/dba-password; see scripts/install-test-peers.sh)';

export interface RunningVirtuoso {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  /** The SQL port (isql-vt 127.0.0.1:PORT). */
  readonly sqlPort: number;
  /** The database directory, also the server's working directory: DirsAllowed lists ".", so ld_dir can read files put here. */
  readonly dir: string;
  stop(): Promise<void>;
}

/** virtuoso.ini settings to change from Debian's, by section and key (e.g. SPARQL ResultSetMaxRows). */
export type VirtuosoSettings = Readonly<Record<string, Readonly<Record<string, string | number>>>>;

/** A free TCP port on loopback (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Virtuoso with Debian's ini, its paths moved to a temp dir and both ports bound to 127.0.0.1. */
export async function startVirtuoso(timeoutMs = 90_000, settings: VirtuosoSettings = {}): Promise<RunningVirtuoso> {
  if (!existsSync(BINARY) || !existsSync(INI)) throw new Error(`Virtuoso is not installed (${BINARY}, ${INI}): ${INSTALL}`);
  const dir = mkdtempSync(join(tmpdir(), 'deai-kg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  let ini = readFileSync(INI, 'utf8')
    .replaceAll('/var/lib/virtuoso-opensource-7/db/', `${dir}/`)
    .replace(/^(\[Parameters\][\s\S]*?^ServerPort\s*=\s*)\S+/m, `$1127.0.0.1:${sqlPort}`)
    .replace(/^(\[HTTPServer\][\s\S]*?^ServerPort\s*=\s*)\S+/m, `$1127.0.0.1:${httpPort}`);
  for (const [section, keys] of Object.entries(settings)) {
    for (const [key, value] of Object.entries(keys)) {
      // The key's line within the section: the lines between may not start another section.
      const line = new RegExp(`^(\\[${section}\\]\\n(?:(?!\\[).*\\n)*?)${key}\\s*=.*$`, 'm');
      ini = line.test(ini) ? ini.replace(line, `$1${key} = ${value}`) : ini.replace(new RegExp(`^\\[${section}\\]$`, 'm'), `[${section}]\n${key} = ${value}`);
    }
  }
  writeFileSync(join(dir, 'virtuoso.ini'), ini);
  const child: ChildProcess = spawn(BINARY, ['-f', '-c', join(dir, 'virtuoso.ini')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const url = `http://127.0.0.1:${httpPort}/`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}sparql?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, sqlPort, dir, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Virtuoso did not start within ${timeoutMs} ms (exit ${child.exitCode}):\n${log.slice(-2000)}`);
}
