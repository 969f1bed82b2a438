// Vitest global setup: the CLI's survey cache goes to a fresh temp folder for the run (not the user's cache folder),
// removed at the end. Set here, before the workers start, so every CLI the tests spawn inherits it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'deai-kg-test-cache-'));
  process.env.DEAI_KG_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
