// What deai-kg makes from a survey, cached on disk by the digest of everything the build reads: the graph as N-Quads,
// so a repeated `deai-kg query` skips parsing and mapping (and loading the markdown parser and N3.js at all) and reads
// the cached text straight into the SPARQL engine; and the files of `deai-kg build`, written again byte for byte.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import type { Diagnostic } from '../errors.js';
import { BUNDLED, packageVersion } from './package-root.js';

export interface CachedGraph {
  /** The instance data as N-Quads (UTF-8), in the graph's canonical order. */
  readonly data: Uint8Array;
  /** The bundled ontology as N-Quads (UTF-8). */
  readonly ontology: Uint8Array;
  /** The build's warnings, as a fresh build reports them. */
  readonly diagnostics: readonly Diagnostic[];
  readonly base: string;
}

/** Entries kept; older ones are removed when a new one is written. */
const MAX_ENTRIES = 12;
/** Graphs larger than this (characters of N-Quads, ~14k projects) are not cached: a cache that size saves little. */
export const MAX_CACHED_CHARS = 50_000_000;
/** Bump when the entry's shape changes. */
const FORMAT = 2;

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
 * The key: the survey's text and name, the base, the bundled ontology and name variants, deai-kg's own code (its
 * version, and the time this module was written: `npm run build` rewrites every file, so a rebuilt deai-kg never
 * reads what an older build made), and whatever else the cached thing depends on (`extra`).
 */
export function surveyCacheKey(request: SurveyRequest, extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  const code = `${packageVersion()} ${statSync(fileURLToPath(import.meta.url)).mtimeMs}`;
  const parts = [String(FORMAT), code, request.file, request.base ?? '', request.markdown, readFileSync(BUNDLED.ontology, 'utf8'), readFileSync(BUNDLED.variants, 'utf8'), ...extra];
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 40);
}

/** What the cache holds for a key: a little JSON (`meta`) and texts kept as they are (no JSON escaping to undo). */
export interface CacheEntry<M extends object, T = string> {
  readonly meta: M;
  readonly texts: Readonly<Record<string, T>>;
}

/**
 * An entry of `kind` ("graph", "build"), or undefined (no cache, no entry, or an entry that cannot be read). The file is
 * one line of JSON (key, meta, the texts' names and lengths in UTF-8 bytes) and then the texts, one after another.
 */
export function readCacheEntry<M extends object>(dir: string | undefined, kind: string, key: string): CacheEntry<M> | undefined {
  const entry = readCacheEntryBytes<M>(dir, kind, key);
  return entry && { meta: entry.meta, texts: Object.fromEntries(Object.entries(entry.texts).map(([name, bytes]) => [name, bytes.toString('utf8')])) };
}

/** The same with the texts as UTF-8 bytes, as they are in the file: what the SPARQL engine reads without decoding. */
export function readCacheEntryBytes<M extends object>(dir: string | undefined, kind: string, key: string): CacheEntry<M, Buffer> | undefined {
  if (!dir) return undefined;
  try {
    const file = readFileSync(join(dir, `${kind}-${key}.txt`));
    const headerEnd = file.indexOf(10);
    const header = JSON.parse(file.subarray(0, headerEnd).toString('utf8')) as { key: string; meta: M; texts: [string, number][] };
    if (header.key !== key) return undefined;
    const texts: Record<string, Buffer> = {};
    let at = headerEnd + 1;
    for (const [name, length] of header.texts) texts[name] = file.subarray(at, (at += length));
    return at === file.length ? { meta: header.meta, texts } : undefined;
  } catch {
    return undefined;
  }
}

/** Stores an entry; a cache that cannot be written (read-only home, full disk) is skipped without a word. */
export function writeCacheEntry(dir: string | undefined, kind: string, key: string, entry: CacheEntry<object>): void {
  const texts = Object.entries(entry.texts);
  if (!dir || texts.reduce((n, [, text]) => n + text.length, 0) > MAX_CACHED_CHARS) return;
  const file = join(dir, `${kind}-${key}.txt`);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const header = JSON.stringify({ key, meta: entry.meta, texts: texts.map(([name, text]) => [name, Buffer.byteLength(text)]) });
    writeFileSync(temporary, `${header}\n${texts.map(([, text]) => text).join('')}`);
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
    .filter((name) => /^[a-z]+-[0-9a-f]+\.txt$/.test(name))
    .map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of entries.slice(MAX_ENTRIES)) unlinkSync(join(dir, name));
}

/**
 * The survey's graph as N-Quads: from the cache when it holds this survey, else built (and stored for next time).
 * `beforeRead` is told the size of the N-Quads (bytes) before they are read or built: time to start what will read them.
 */
export async function cachedSurveyGraph(file: string, base: string | undefined, beforeRead?: (bytes: number) => void): Promise<CachedGraph> {
  const { readSurvey } = await import('./read-survey.js');
  const markdown = readSurvey(file);
  const dir = surveyCacheDir();
  const key = dir ? surveyCacheKey({ file, markdown, base }) : '';
  if (dir && beforeRead) {
    try {
      beforeRead(statSync(join(dir, `graph-${key}.txt`)).size);
      beforeRead = undefined;
    } catch {
      // not cached yet: told after the build
    }
  }
  const cached = readCacheEntryBytes<Pick<CachedGraph, 'diagnostics' | 'base'>>(dir, 'graph', key);
  if (cached) return { ...cached.meta, data: cached.texts.data as Buffer, ontology: cached.texts.ontology as Buffer };
  const [{ buildGraph }, { Writer }] = await Promise.all([import('./build-from-file.js'), import('n3')]);
  const graph = buildGraph(markdown, { file, ...(base ? { base } : {}) });
  const nquads = (quads: readonly Quad[]): string => new Writer({ format: 'N-Quads' }).quadsToString(quads as Quad[]);
  const [data, ontology] = [nquads(graph.quads), nquads(graph.ontology.quads)];
  writeCacheEntry(dir, 'graph', key, { meta: { diagnostics: graph.diagnostics, base: graph.base }, texts: { data, ontology } });
  const built: CachedGraph = { data: Buffer.from(data), ontology: Buffer.from(ontology), diagnostics: graph.diagnostics, base: graph.base };
  beforeRead?.(built.data.length + built.ontology.length);
  return built;
}
