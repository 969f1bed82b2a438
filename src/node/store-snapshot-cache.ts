// The loaded SPARQL store kept beside the survey cache's graph entry (Node only): the first `deai-kg query` on a survey
// loads the cached N-Quads into Oxigraph and writes the store's snapshot (store-snapshot.ts); the next ones read that
// snapshot straight into the engine's memory instead of parsing and indexing the N-Quads again.
import { close, closeSync, fstatSync, open, read, readSync, renameSync, statSync, unlink, writeFile } from 'node:fs';
import { join } from 'node:path';
import type { Oxigraph, Store, StoreCache } from '../sparql/oxigraph-engine-with.js';
import { engineWasmPath } from './engine-wasm.js';
import { readAt } from './read-at.js';
import type { GraphEntryPlace } from './survey-cache.js';
import { nonZeroRanges, type OxigraphInstance, restoreStoreSnapshot, type SnapshotImage, takeStoreSnapshot, unionRanges } from './store-snapshot.js';

/** Bump when the file's shape changes. */
const FORMAT = 1;
/** The header line is read first, up to this many bytes. */
const HEADER_BYTES = 16_384;

/** The file: this as one line of JSON, then the memory's ranges one after another. */
interface SnapshotHeader {
  readonly format: number;
  readonly entry: string;
  /** Which of the entry's texts were loaded ("data", "data+ontology"). */
  readonly parts: string;
  /** The engine's WebAssembly file (size and mtime): a snapshot goes only into the build it came from. */
  readonly wasm: string;
  readonly store: number;
  readonly table: SnapshotImage['table'];
  readonly memory: number;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}
type Expected = Pick<SnapshotHeader, 'format' | 'entry' | 'parts' | 'wasm'>;

/** A snapshot file being opened: started as soon as the graph's cache entry is known, while the engine compiles. */
export interface PendingSnapshot {
  readonly file: string;
  /** The open file and its first bytes (the header), or undefined if there is none. */
  readonly opened: Promise<{ fd: number; head: Buffer } | undefined>;
}

/** Starts opening the snapshot kept beside the graph entry `place` and reading its header (on libuv's threads). */
export function readStoreSnapshotSoon(place: GraphEntryPlace): PendingSnapshot {
  const file = join(place.dir, `store-${place.name}.bin`);
  const opened = new Promise<{ fd: number; head: Buffer } | undefined>((resolve) =>
    open(file, 'r', (error, fd) => {
      if (error) return resolve(undefined);
      const head = Buffer.allocUnsafe(HEADER_BYTES);
      read(fd, head, 0, HEADER_BYTES, 0, (failed, length) => (failed ? close(fd, () => resolve(undefined)) : resolve({ fd, head: head.subarray(0, length) })));
    }),
  );
  return { file, opened };
}

/**
 * The store cache of the graph entry `entryId`, loaded with `parts` ("data", "data+ontology"); `instance` is the
 * engine's WebAssembly instance, which nothing may have called into but its start function.
 */
export function storeSnapshotCache(pending: PendingSnapshot, entryId: string, parts: string, instance: Promise<OxigraphInstance>): StoreCache {
  const wasm = wasmIdentity();
  const expected: Expected = { format: FORMAT, entry: entryId, parts, wasm };
  /** The pages a fresh instance has written (its static data, its start function's): every snapshot writes them back. */
  let freshRanges: Array<[number, number]> = [];
  return {
    async restore(ox: Oxigraph) {
      const [opened, fresh] = await Promise.all([pending.opened, instance]);
      const image = opened && snapshotImage(opened.fd, opened.head, expected);
      let address: number | undefined;
      try {
        address = image && restoreStoreSnapshot(fresh, image);
      } finally {
        if (opened) closeSync(opened.fd);
      }
      if (address === undefined) {
        freshRanges = nonZeroRanges(new Uint8Array(fresh.memory.buffer));
        return undefined;
      }
      // What wasm-bindgen's constructor makes of the address Rust gave it (never freed: the process ends with the query).
      return Object.assign(Object.create(ox.Store.prototype) as Store, { __wbg_ptr: address });
    },
    async save(_ox: Oxigraph, store: Store) {
      if (!wasm) return;
      // Taken now, before a query allocates in the instance; written without holding up the query.
      const snapshot = takeStoreSnapshot(await instance, (store as unknown as { __wbg_ptr: number }).__wbg_ptr);
      if (!snapshot) return;
      const ranges = unionRanges(nonZeroRanges(snapshot.memory), freshRanges);
      const header: SnapshotHeader = { ...expected, store: snapshot.store, table: snapshot.table, memory: snapshot.memory.length, ranges };
      const file = pending.file;
      const temporary = `${file}.${process.pid}.tmp`;
      const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...ranges.map(([start, end]) => snapshot.memory.subarray(start, end))]);
      // A cache that cannot be written (read-only, full disk) is skipped without a word, as the graph entry's.
      writeFile(temporary, bytes, (error) => {
        if (error) return unlink(temporary, () => undefined);
        try {
          renameSync(temporary, file);
        } catch {
          unlink(temporary, () => undefined);
        }
      });
    },
  };
}

/**
 * The snapshot in the open file `fd` (its first bytes `head`) if its header says it is of the expected entry, parts
 * and engine; its memory is read from the file straight into the engine's when restored.
 */
export function snapshotImage(fd: number, head: Buffer, expected: Expected): SnapshotImage | undefined {
  if (!expected.wasm) return undefined;
  let headerEnd = head.indexOf(10);
  if (headerEnd < 0 && head.length === HEADER_BYTES) {
    // A long header (a table of many entries): read the rest of it.
    try {
      head = Buffer.concat([head, readAt(fd, HEADER_BYTES, Math.min(1 << 20, fstatSync(fd).size - HEADER_BYTES))]);
    } catch {
      return undefined;
    }
    headerEnd = head.indexOf(10);
  }
  if (headerEnd < 0) return undefined;
  let header: SnapshotHeader;
  try {
    header = JSON.parse(head.subarray(0, headerEnd).toString('utf8')) as SnapshotHeader;
  } catch {
    return undefined;
  }
  const same = header.format === expected.format && header.entry === expected.entry && header.parts === expected.parts && header.wasm === expected.wasm;
  const length = header.ranges.reduce((n, [start, end]) => n + end - start, 0);
  // The whole file is there (it is written to a temporary file and renamed, so a short one is a damaged disk).
  if (!same || fstatSync(fd).size !== headerEnd + 1 + length) return undefined;
  return {
    store: header.store,
    table: header.table,
    memoryLength: header.memory,
    fill(memory: Uint8Array): boolean {
      let position = headerEnd + 1;
      for (const [start, end] of header.ranges) {
        if (end > memory.length || readSync(fd, memory, start, end - start, position) !== end - start) return false;
        position += end - start;
      }
      return true;
    },
  };
}

/** The installed engine's WebAssembly file, as its size and modification time; empty if it cannot be found. */
function wasmIdentity(): string {
  try {
    const stat = statSync(engineWasmPath());
    return `${stat.size} ${stat.mtimeMs}`;
  } catch {
    return '';
  }
}
