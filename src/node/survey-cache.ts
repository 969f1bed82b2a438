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
  /** The instance data as N-Quads, in the graph's canonical order. */
  readonly data: string;
  /** The bundled ontology as N-Quads. */
  readonly ontology: string;
  /** The build's warnings, as a fresh build reports them. */
  readonly diagnostics: readonly Diagnostic[];
  readonly base: string;
}

/** Entries kept; older ones are removed when a new one is written. */
const MAX_ENTRIES = 12;
/** Graphs larger than this (characters of N-Quads, ~14k projects) are not cached: a cache that size saves little. */
const MAX_CHARS = 50_000_000;
/** Bump when the entry's shape changes. */
const FORMAT = 1;

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

/** An entry of `kind` ("graph", "build"), or undefined (no cache, no entry, or an entry that cannot be read). */
export function readCacheEntry<T extends object>(dir: string | undefined, kind: string, key: string): T | undefined {
  if (!dir) return undefined;
  try {
    const entry = JSON.parse(readFileSync(join(dir, `${kind}-${key}.json`), 'utf8')) as T & { key?: string };
    return entry.key === key ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Stores an entry of `size` characters; a cache that cannot be written (read-only home, full disk) is skipped silently. */
export function writeCacheEntry(dir: string | undefined, kind: string, key: string, entry: object, size: number): void {
  if (!dir || size > MAX_CHARS) return;
  const file = join(dir, `${kind}-${key}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, JSON.stringify({ key, ...entry }));
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
    .filter((name) => /^[a-z]+-[0-9a-f]+\.json$/.test(name))
    .map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of entries.slice(MAX_ENTRIES)) unlinkSync(join(dir, name));
}

/** The survey's graph as N-Quads: from the cache when it holds this survey, else built (and stored for next time). */
export async function cachedSurveyGraph(file: string, base: string | undefined): Promise<CachedGraph> {
  const { readSurvey } = await import('./read-survey.js');
  const markdown = readSurvey(file);
  const dir = surveyCacheDir();
  const key = dir ? surveyCacheKey({ file, markdown, base }) : '';
  const cached = readCacheEntry<CachedGraph>(dir, 'graph', key);
  if (cached) return cached;
  const [{ buildGraph }, { Writer }] = await Promise.all([import('./build-from-file.js'), import('n3')]);
  const graph = buildGraph(markdown, { file, ...(base ? { base } : {}) });
  const nquads = (quads: readonly Quad[]): string => new Writer({ format: 'N-Quads' }).quadsToString(quads as Quad[]);
  const built: CachedGraph = { data: nquads(graph.quads), ontology: nquads(graph.ontology.quads), diagnostics: graph.diagnostics, base: graph.base };
  writeCacheEntry(dir, 'graph', key, built, built.data.length + built.ontology.length);
  return built;
}
