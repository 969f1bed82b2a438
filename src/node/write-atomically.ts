// Writes files into a directory all-or-nothing: one file by temp file + rename, several as one set
// (src/node/output-set.ts), so a kill never leaves a mix of old and new.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { outputErrorFor, prepareOutputFile } from './output-dir.js';
import { writeOutputSet } from './output-set.js';

/** `family`: every file a set of this kind may hold; one an earlier set left that this one lacks is removed. */
export function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>, family?: readonly string[]): string[] {
  const names = Object.keys(files);
  if (names.length !== 1 || family) return writeOutputSet(dir, names, (staging) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
  }, family ?? names);
  const [name] = names as [string];
  return [writeFileAtomically(join(dir, name), files[name] as string)];
}

/** One file: written beside its place and renamed over it. */
export function writeFileAtomically(file: string, content: string): string {
  const target = prepareOutputFile(file);
  let staging: string | undefined;
  try {
    staging = mkdtempSync(join(dirname(target), `.deai-kg-`));
    writeFileSync(join(staging, basename(target)), content);
    renameSync(join(staging, basename(target)), target);
  } catch (error) {
    throw outputErrorFor(error, `write ${file}`);
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
  return file;
}
