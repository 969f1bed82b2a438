// What deai-kg makes from a survey, cached on disk and found again by what it was made from: the graph as N-Quads,
// so a repeated `deai-kg query` skips parsing and mapping (and loading the markdown parser and N3.js at all) and reads
// the cached text straight into the SPARQL engine; and the files of `deai-kg build`, written again byte for byte.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import type { Diagnostic } from '../errors.js';
import { BUNDLED, packageVersion } from './package-root.js';
import { readAt } from './read-at.js';

export interface CachedGraph {
  /**
   * The instance data as N-Quads (UTF-8), in the graph's canonical order, and the bundled ontology's; from the cache,
   * read when first asked for (a query whose store comes from its snapshot never asks).
   */
  readonly nquads: () => { readonly data: Uint8Array; readonly ontology: Uint8Array };
  /** The build's warnings, as a fresh build reports them. */
  readonly diagnostics: readonly Diagnostic[];
  readonly base: string;
  /** The cache entry's id (written once with it), when there is a cache: what a store snapshot is of. */
  readonly entryId?: string;
}

/** Where the graph's cache entry is: the folder and the entry's name (store snapshots are kept beside it). */
export interface GraphEntryPlace {
  readonly dir: string;
  readonly name: string;
}

/** Entries kept; older ones are removed when a new one is written. */
const MAX_ENTRIES = 12;
/** Graphs larger than this (characters of N-Quads, ~14k projects) are not cached: a cache that size saves little. */
export const MAX_CACHED_CHARS = 50_000_000;
/** Bump when the entry's shape changes. */
const FORMAT = 4;

/**
 * Where the cache lives: DEAI_KG_CACHE_DIR if set; else the platform's user cache folder ($XDG_CACHE_HOME or
 * ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows). Never under node_modules: npm reads
 * that tree on every `npx` call and a folder it did not write there makes it re-check the install (seconds).
 * Undefined (no cache) when DEAI_KG_CACHE is "0" or "off".
 */
export function surveyCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string | undefined {
  if (env.DEAI_KG_CACHE === '0' || env.DEAI_KG_CACHE?.toLowerCase() === 'off') return undefined;
  if (env.DEAI_KG_CACHE_DIR) return env.DEAI_KG_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'deai-kg', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'deai-kg');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'deai-kg');
}

export interface SurveyRequest {
  /** The survey file, as messages name it. */
  readonly file: string;
  /** Its text. */
  readonly markdown: string;
  readonly base: string | undefined;
}

/**
 * Which entry holds what was made from a survey. The entry's file is named by `name`, a short hash of the small
 * inputs (the survey's file name, the base, deai-kg's version and build time, the long inputs' lengths); the long
 * inputs themselves (the survey's text, the bundled ontology and name variants, whatever else the cached thing
 * depends on) are stored in the entry and compared byte for byte when it is read. So no hash can ever give one
 * survey's graph for another, and a cached query does not load node:crypto (~10 ms of a 0.4 s start) to hash 100 KB.
 */
export interface CacheKey {
  readonly name: string;
  readonly inputs: readonly string[];
}

/**
 * The key: the survey's text and name, the base, the bundled ontology and name variants, deai-kg's own code (its
 * version, and the time this module was written: `npm run build` rewrites every file, so a rebuilt deai-kg never
 * reads what an older build made), and whatever else the cached thing depends on (`extra`).
 */
export function surveyCacheKey(request: SurveyRequest, extra: readonly string[] = []): CacheKey {
  const inputs = [request.markdown, readFileSync(BUNDLED.ontology, 'utf8'), readFileSync(BUNDLED.variants, 'utf8'), ...extra];
  const code = `${packageVersion()} ${statSync(fileURLToPath(import.meta.url)).mtimeMs}`;
  const small = [String(FORMAT), code, request.file, request.base ?? '', ...inputs.map((input) => String(input.length))];
  return { name: shortHash(small.join('\0')), inputs };
}

/** 53 bits of cyrb53 (bryc's public-domain string hash) as hex: enough to tell a few short strings apart. */
function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** What the cache holds for a key: a little JSON (`meta`) and texts kept as they are (no JSON escaping to undo). */
export interface CacheEntry<M extends object, T = string> {
  readonly meta: M;
  readonly texts: Readonly<Record<string, T>>;
}

/**
 * An entry of `kind` ("graph", "build"), or undefined (no cache, no entry, an entry made from other inputs, or one that
 * cannot be read). The file is one line of JSON (key name, the inputs' and the texts' lengths in UTF-8 bytes, meta)
 * and then the inputs and the texts, one after another.
 */
export function readCacheEntry<M extends object>(dir: string | undefined, kind: string, key: CacheKey): CacheEntry<M> | undefined {
  const entry = readCacheEntryBytes<M>(dir, kind, key);
  return entry && { meta: entry.meta, texts: Object.fromEntries(Object.entries(entry.texts).map(([name, bytes]) => [name, bytes.toString('utf8')])) };
}

/** The same with the texts as UTF-8 bytes, as they are in the file: what the SPARQL engine reads without decoding. */
export function readCacheEntryBytes<M extends object>(dir: string | undefined, kind: string, key: CacheKey): CacheEntry<M, Buffer> | undefined {
  const entry = openCacheEntry<M>(dir, kind, key);
  return entry && { meta: entry.meta, texts: entry.texts() };
}

/**
 * The same with the texts read only when asked for (`texts`, once): the header and the inputs are read and checked
 * now, from an open file, so the texts come from the entry that was checked even if another process replaces it.
 * A query whose store comes from its snapshot never reads the N-Quads (1.2 MB on the survey).
 */
export function openCacheEntry<M extends object>(dir: string | undefined, kind: string, key: CacheKey): { meta: M; texts: () => Record<string, Buffer> } | undefined {
  if (!dir) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(join(dir, `${kind}-${key.name}.txt`), 'r');
    const size = fstatSync(fd).size;
    let head = readAt(fd, 0, Math.min(size, 65_536));
    if (!head.includes(10)) head = readAt(fd, 0, size); // a header longer than that (many warnings)
    const headerEnd = head.indexOf(10);
    const header = JSON.parse(head.subarray(0, headerEnd).toString('utf8')) as { key: string; inputs: number[]; meta: M; texts: [string, number][] };
    if (header.key !== key.name || header.inputs.length !== key.inputs.length) return close(fd);
    const inputsLength = header.inputs.reduce((n, length) => n + length, 0);
    const inputs = readAt(fd, headerEnd + 1, inputsLength);
    let from = 0;
    for (const [i, input] of key.inputs.entries()) {
      const bytes = Buffer.from(input);
      if (header.inputs[i] !== bytes.length || !inputs.subarray(from, (from += bytes.length)).equals(bytes)) return close(fd);
    }
    const textsAt = headerEnd + 1 + inputsLength;
    const textsLength = header.texts.reduce((n, [, length]) => n + length, 0);
    if (textsAt + textsLength !== size) return close(fd);
    const open = fd;
    let texts: Record<string, Buffer> | undefined;
    return {
      meta: header.meta,
      texts: () => {
        if (!texts) {
          const all = readAt(open, textsAt, textsLength);
          closeSync(open);
          let at = 0;
          texts = Object.fromEntries(header.texts.map(([name, length]) => [name, all.subarray(at, (at += length))]));
        }
        return texts;
      },
    };
  } catch {
    return fd === undefined ? undefined : close(fd);
  }
}

function close(fd: number): undefined {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
  return undefined;
}

/** Stores an entry; a cache that cannot be written (read-only home, full disk) is skipped without a word. */
export function writeCacheEntry(dir: string | undefined, kind: string, key: CacheKey, entry: CacheEntry<object>): void {
  const texts = Object.entries(entry.texts);
  if (!dir || texts.reduce((n, [, text]) => n + text.length, 0) > MAX_CACHED_CHARS) return;
  const file = join(dir, `${kind}-${key.name}.txt`);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const header = JSON.stringify({ key: key.name, inputs: key.inputs.map((input) => Buffer.byteLength(input)), meta: entry.meta, texts: texts.map(([name, text]) => [name, Buffer.byteLength(text)]) });
    writeFileSync(temporary, `${header}\n${key.inputs.join('')}${texts.map(([, text]) => text).join('')}`);
    renameSync(temporary, file);
    pruneCache(dir);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
  }
}

function pruneCache(dir: string): void {
  const entries = readdirSync(dir)
    .filter((name) => /^[a-z]+-[0-9a-f]+\.(txt|bin)$/.test(name))
    .map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of entries.slice(MAX_ENTRIES)) unlinkSync(join(dir, name));
}

/**
 * The survey's graph as N-Quads: from the cache when it holds this survey, else built (and stored for next time).
 * `beforeRead` is told the size of the N-Quads (bytes) before they are read or built, and where the entry is (if there is
 * a cache): time to start what will read them.
 */
export async function cachedSurveyGraph(file: string, base: string | undefined, beforeRead?: (bytes: number, place?: GraphEntryPlace) => void): Promise<CachedGraph> {
  const { readSurvey } = await import('./read-survey.js');
  const markdown = readSurvey(file);
  const dir = surveyCacheDir();
  const key = dir ? surveyCacheKey({ file, markdown, base }) : { name: '', inputs: [] };
  const place = dir ? { dir, name: key.name } : undefined;
  if (dir && beforeRead) {
    try {
      beforeRead(statSync(join(dir, `graph-${key.name}.txt`)).size, place);
      beforeRead = undefined;
    } catch {
      // not cached yet: told after the build
    }
  }
  const cached = openCacheEntry<Pick<CachedGraph, 'diagnostics' | 'base' | 'entryId'>>(dir, 'graph', key);
  if (cached) {
    const nquads = () => {
      const { data, ontology } = cached.texts();
      return { data: data ?? Buffer.alloc(0), ontology: ontology ?? Buffer.alloc(0) };
    };
    return { ...cached.meta, nquads };
  }
  const [{ buildGraph }, { Writer }] = await Promise.all([import('./build-from-file.js'), import('n3')]);
  const graph = buildGraph(markdown, { file, ...(base ? { base } : {}) });
  const nquads = (quads: readonly Quad[]): string => new Writer({ format: 'N-Quads' }).quadsToString(quads as Quad[]);
  const [data, ontology] = [nquads(graph.quads), nquads(graph.ontology.quads)];
  // Unique enough without node:crypto: a snapshot names the entry it was loaded from, and entries are few.
  const entryId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  writeCacheEntry(dir, 'graph', key, { meta: { diagnostics: graph.diagnostics, base: graph.base, entryId }, texts: { data, ontology } });
  const texts = { data: Buffer.from(data), ontology: Buffer.from(ontology) };
  beforeRead?.(texts.data.length + texts.ontology.length, place);
  return { nquads: () => texts, diagnostics: graph.diagnostics, base: graph.base, ...(dir ? { entryId } : {}) };
}
