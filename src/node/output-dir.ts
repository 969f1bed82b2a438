// The output directory, checked and made before any work: a file where a directory should be, a read-only or full
// disk, a place where no directory can be made (/proc) → a clear message and exit 2, never "internal error".
import { accessSync, constants, lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** A file-system error that stops an output from being written; the CLI prints it and exits 2. */
export class OutputError extends UsageError {}

/** What an errno code means to someone writing outputs. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted there',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than this system allows',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  ENOENT: 'the place does not exist or holds no directories (e.g. /proc)',
  EEXIST: 'something else is already there',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has too many symbolic links',
  EIO: 'an input/output error',
  EMFILE: 'too many open files',
};

/** Turns a file-system error into an OutputError that names the path and the reason; anything else is returned as is. */
export function outputErrorFor(error: unknown, doing: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !(code in REASONS) || error instanceof OutputError) return error;
  const path = (error as NodeJS.ErrnoException).path;
  const where = path && !doing.endsWith(path) && !doing.endsWith(`${path}/`) ? ` (${path})` : '';
  return new OutputError(`cannot ${doing}${where}: ${REASONS[code]} [${code}]. Nothing was written; earlier outputs are as they were.`);
}

/**
 * Makes `dir` (and its missing parents) and checks that it can be written to; returns its absolute path.
 * Node's mkdirSync({ recursive: true }) loops forever where mkdir says ENOENT for an existing parent (/proc/x), so
 * the parents are made one at a time here.
 */
export function prepareOutputDir(dir: string, option = '-o'): string {
  const target = resolve(dir);
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    const stats = statOrUndefined(existing);
    if (stats) {
      if (!stats.isDirectory()) {
        const what = existing === target ? `${option} ${dir} names a file, not a directory` : `${option} ${dir}: ${existing} is a file, not a directory`;
        throw new OutputError(`${what}. Give a directory (it is made if missing).`);
      }
      break;
    }
    const parent = dirname(existing);
    if (parent === existing) break;
    missing.unshift(existing);
    existing = parent;
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
    for (const path of missing) mkdirSync(path);
  } catch (error) {
    const cause = outputErrorFor(error, `write to ${option} ${dir}`);
    throw cause instanceof OutputError ? cause : error;
  }
  return target;
}

/** A file output (`export -o FILE`): its directory is prepared; the file itself, if there, must be a plain file. */
export function prepareOutputFile(file: string, option = '-o'): string {
  const target = resolve(file);
  const stats = lstatOrUndefined(target);
  if (stats && !stats.isFile() && !stats.isSymbolicLink()) {
    const kind = stats.isDirectory() ? 'a directory' : 'a device, pipe or socket';
    throw new OutputError(`${option} ${file} is ${kind}, not a file that can be replaced. Give a file path.`);
  }
  if (stats?.isSymbolicLink()) {
    const to = statOrUndefined(target);
    if (to && !to.isFile()) throw new OutputError(`${option} ${file} links to something that is not a file. Give a file path.`);
  }
  prepareOutputDir(dirname(target), option);
  return target;
}

/** stat(2), or undefined where there is nothing (or nothing reachable). */
export function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** lstat(2): a link itself, not what it points at. */
export function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
