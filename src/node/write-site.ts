// Writes a static site directory all-or-nothing: assemble in a sibling temp dir, then swap it into place.
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { prepareOutputDir } from './output-dir.js';
import { PACKAGE_ROOT } from './package-files.js';

export const VIEWER_DIST = `${PACKAGE_ROOT}dist/viewer`;

/**
 * `data` goes under DIR/data/; `pages` (path relative to the site root → content: the entity pages) go at the root,
 * never over a viewer or data file. Returns the pages left out because such a file was there.
 */
export function writeSite(outDir: string, data: Readonly<Record<string, string>>, pages: Readonly<Record<string, string>> = {}): string[] {
  const skipped: string[] = [];
  if (!existsSync(join(VIEWER_DIST, 'index.html'))) {
    throw new Error(`The viewer is not built (${VIEWER_DIST} is missing). Run "npm run build" first.`);
  }
  const target = resolve(outDir);
  prepareOutputDir(dirname(target));
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    cpSync(VIEWER_DIST, staging, { recursive: true });
    mkdirSync(join(staging, 'data'), { recursive: true });
    for (const [name, content] of Object.entries(data)) writeFileSync(join(staging, 'data', name), content);
    for (const [path, content] of Object.entries(pages)) {
      const file = join(staging, path);
      if (!file.startsWith(staging + sep) || existsSync(file)) {
        skipped.push(path);
        continue;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    const old = existsSync(target) ? `${staging}-old` : undefined;
    if (old) renameSync(target, old);
    renameSync(staging, target);
    if (old) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return skipped;
}
