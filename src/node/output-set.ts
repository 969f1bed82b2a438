// A set of output files that changes all at once: every file of a build is written into a fresh directory, and one
// symbolic link is swapped to it. A build killed at any point leaves the previous set or the new one, never a mix.
//
//   DIR/deai.ttl            → .deai-kg/current/deai.ttl      (a link per output, made once)
//   DIR/.deai-kg/current    → build-<id>                      (swapped by rename(2): the one atomic step)
//   DIR/.deai-kg/build-<id>/deai.ttl, deai.jsonld, …
//   DIR/.deai-kg/staging-<pid>-<id>/                           (while a build writes; removed by the next build
//                                                              once its process is gone)
//
// Renaming files into DIR one by one (what deai-kg did before) is atomic per file only: a kill between two renames
// left a new deai.ttl beside an old deai.nt, and the staging directory of a killed run was never removed (issue 15).
// Where the file system has no symbolic links (Windows without developer mode, FAT), the files are renamed one by
// one as before.
import { existsSync, linkSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { lstatOrUndefined, outputErrorFor, prepareOutputDir } from './output-dir.js';

/** The hidden directory in DIR that holds deai-kg's builds. */
export const STATE_DIR = '.deai-kg';
const CURRENT = 'current';
const LINK_PREFIX = `${STATE_DIR}/${CURRENT}/`;

/**
 * Prepares DIR, lets `write` put the files `names` into a fresh staging directory, and publishes them together.
 * `family` names every file a set of this kind may hold (deai.ttl, deai.nt, deai.jsonld): one of them left from an
 * earlier set that this one lacks is removed, not kept beside the new files. Returns the paths of the files in DIR.
 * A `write` that throws leaves DIR as it was.
 */
export function writeOutputSet(dir: string, names: readonly string[], write: (staging: string) => void, family: readonly string[] = names): string[] {
  const root = prepareOutputDir(dir);
  const state = join(root, STATE_DIR);
  let staging: string;
  try {
    mkdirIfMissing(state);
    removeStale(root, state);
    staging = mkdtempSync(join(state, `staging-${process.pid}-`));
  } catch (error) {
    throw outputErrorFor(error, `write to ${dir}`);
  }
  try {
    write(staging);
    for (const step of publishSteps(root, names, staging, family)) step();
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw outputErrorFor(error, `write to ${dir}`);
  }
  return names.map((name) => join(dir, name));
}

/**
 * The steps that publish a written staging directory, in order; a kill between any two leaves a consistent set
 * (test/node/output-set.test.ts runs each prefix of them). Exported for that test.
 */
export function publishSteps(root: string, names: readonly string[], staging: string, family: readonly string[] = names): (() => void)[] {
  const state = join(root, STATE_DIR);
  const id = staging.slice(staging.lastIndexOf('staging-') + 'staging-'.length);
  const build = join(state, `build-${id}`);
  let linked = true;
  return [
    // A complete build, not yet current: the next run removes it if this one dies now.
    () => renameSync(staging, build),
    () => {
      linked = canLink(state);
      if (linked) adoptPlainFiles(root, state, [...new Set([...names, ...family])]);
    },
    // Outputs of another kind in the same DIR (build's deai.ttl beside export's nodes.csv) stay: the new build holds them too.
    () => {
      if (linked) carryOver(join(state, CURRENT), build, family);
    },
    // Links for outputs the current set lacks point at nothing until the swap: absent, as in the current set.
    () => {
      if (linked) for (const name of names) replaceWithLink(join(root, name), `${LINK_PREFIX}${name}`);
    },
    () => {
      if (linked) replaceWithLink(join(state, CURRENT), `build-${id}`);
      else for (const name of names) renameSync(join(build, name), join(root, name));
    },
    () => removeDanglingLinks(root),
    () => removeStale(root, state),
  ];
}

/**
 * Plain files where the links go (outputs of an earlier deai-kg, or copies): before any is replaced by a link, a
 * build directory of them (hard links, or copies) becomes current, so each name keeps showing the same content.
 */
function adoptPlainFiles(root: string, state: string, names: readonly string[]): void {
  const plain = names.filter((name) => lstatOrUndefined(join(root, name))?.isFile());
  if (plain.length === 0) return;
  const adopted = mkdtempSync(join(state, 'build-adopted-'));
  const current = join(state, CURRENT);
  for (const name of new Set([...names, ...linksIn(root).map((l) => l.name)])) {
    const source = plain.includes(name) ? join(root, name) : join(current, name);
    if (!existsSync(source)) continue;
    try {
      linkSync(source, join(adopted, name));
    } catch {
      copyFileSync(source, join(adopted, name));
    }
  }
  replaceWithLink(current, adopted.slice(state.length + 1));
  for (const name of plain) replaceWithLink(join(root, name), `${LINK_PREFIX}${name}`);
}

/** Files of the current set that are not of this set's family, linked (or copied) into the new build before it becomes current. */
function carryOver(current: string, build: string, family: readonly string[]): void {
  if (!existsSync(current)) return;
  for (const name of readdirSync(current)) {
    if (family.includes(name) || existsSync(join(build, name))) continue;
    try {
      linkSync(join(current, name), join(build, name));
    } catch {
      copyFileSync(join(current, name), join(build, name));
    }
  }
}

/** Removes what earlier runs left: staging directories of processes that are gone, builds that are not current. */
function removeStale(root: string, state: string): void {
  const current = readlinkOrUndefined(join(state, CURRENT));
  for (const entry of readdirSync(state)) {
    const path = join(state, entry);
    const staging = /^staging-(\d+)-/.exec(entry);
    if (staging ? !isAlive(Number(staging[1])) : entry.startsWith('build-') && entry !== current) rmSync(path, { recursive: true, force: true });
    // A link being swapped in when its run was killed.
    else if (entry.startsWith(`${CURRENT}.`) && lstatOrUndefined(path)?.isSymbolicLink()) unlinkSync(path);
  }
  for (const entry of readdirSync(root)) {
    // Staging directories of deai-kg before this scheme: .deai-kg-XXXXXX in DIR itself.
    if (/^\.deai-kg-[A-Za-z0-9]{6}$/.test(entry)) rmSync(join(root, entry), { recursive: true, force: true });
    // A link made beside an output but not yet renamed over it.
    else if (/\.\d+\.link$/.test(entry) && readlinkOrUndefined(join(root, entry))?.startsWith(LINK_PREFIX)) unlinkSync(join(root, entry));
  }
}

function removeDanglingLinks(root: string): void {
  for (const { name, target } of linksIn(root)) if (target.startsWith(LINK_PREFIX) && !existsSync(join(root, name))) unlinkSync(join(root, name));
}

/** deai-kg's links in DIR: name → target. */
function linksIn(root: string): { name: string; target: string }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isSymbolicLink())
    .map((e) => ({ name: e.name, target: readlinkOrUndefined(join(root, e.name)) ?? '' }))
    .filter((l) => l.target.startsWith(LINK_PREFIX));
}

/** Points `path` at `target` in one rename (a new link beside it, renamed over it); nothing to do if it does already. */
function replaceWithLink(path: string, target: string): void {
  if (readlinkOrUndefined(path) === target) return;
  const temporary = `${path}.${process.pid}.link`;
  rmSync(temporary, { force: true });
  symlinkSync(target, temporary);
  renameSync(temporary, path);
}

/** Whether symbolic links can be made in `dir` (not on FAT, nor on Windows without the right). */
function canLink(dir: string): boolean {
  const probe = join(dir, `probe.${process.pid}`);
  try {
    rmSync(probe, { force: true });
    symlinkSync('.', probe);
    unlinkSync(probe);
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function mkdirIfMissing(path: string): void {
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !lstatSync(path).isDirectory()) throw error;
  }
}

function readlinkOrUndefined(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}
