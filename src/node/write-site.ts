// Writes a static site directory all-or-nothing: assemble in a sibling temp dir, then swap it into place.
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from './package-files.js';

export const VIEWER_DIST = `${PACKAGE_ROOT}dist/viewer`;

export function writeSite(outDir: string, data: Readonly<Record<string, string>>): void {
  if (!existsSync(join(VIEWER_DIST, 'index.html'))) {
    throw new Error(`The viewer is not built (${VIEWER_DIST} is missing). Run "npm run build" first.`);
  }
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    cpSync(VIEWER_DIST, staging, { recursive: true });
    mkdirSync(join(staging, 'data'), { recursive: true });
    for (const [name, content] of Object.entries(data)) writeFileSync(join(staging, 'data', name), content);
    const old = existsSync(target) ? `${staging}-old` : undefined;
    if (old) renameSync(target, old);
    renameSync(staging, target);
    if (old) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
