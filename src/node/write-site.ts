// Writes a static site directory all-or-nothing: assemble in a sibling temp dir, then swap it into place.
// Files are written as they are made (the entity pages one by one, the big RDF downloads streamed by `writeData`):
// a site of 10k projects is gigabytes of pages, more than a heap holds at once.
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { TextSink } from '../export/graph-writers.js';
import type { EntityPage } from '../site/entity-pages.js';
import { fileSink } from './file-sink.js';
import { prepareOutputDir } from './output-dir.js';
import { PACKAGE_ROOT } from './package-files.js';

export const VIEWER_DIST = `${PACKAGE_ROOT}dist/viewer`;

export interface SiteFiles {
  /** File name (under data/) → content. */
  readonly data: Readonly<Record<string, string>>;
  /** Writes further files into data/ itself (the directory is given): files too big to hold as one string. */
  readonly writeData?: (dataDir: string) => void | Promise<void>;
  /** Pages by path relative to the site root (the entity pages), written as they come, never over a viewer or data file. */
  readonly pages?: Iterable<EntityPage> | AsyncIterable<EntityPage>;
}

/** Returns the pages left out because a viewer or data file was at their path. */
export async function writeSite(outDir: string, files: SiteFiles): Promise<string[]> {
  const skipped: string[] = [];
  if (!existsSync(join(VIEWER_DIST, 'index.html'))) {
    throw new Error(`The viewer is not built (${VIEWER_DIST} is missing). Run "npm run build" first.`);
  }
  const target = resolve(outDir);
  prepareOutputDir(dirname(target));
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    cpSync(VIEWER_DIST, staging, { recursive: true });
    const dataDir = join(staging, 'data');
    mkdirSync(dataDir, { recursive: true });
    for (const [name, content] of Object.entries(files.data)) writeFileSync(join(dataDir, name), content);
    await files.writeData?.(dataDir);
    const made = new Set<string>();
    for await (const [path, content] of files.pages ?? []) {
      const file = join(staging, path);
      if (!file.startsWith(staging + sep) || existsSync(file)) {
        skipped.push(path);
        continue;
      }
      const dir = dirname(file);
      if (!made.has(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
      if (typeof content === 'string') writeFileSync(file, content);
      else writeStreamed(file, content);
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

function writeStreamed(file: string, write: (sink: TextSink) => void): void {
  const sink = fileSink(file);
  try {
    write(sink);
  } finally {
    sink.close();
  }
}
