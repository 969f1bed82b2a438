// A loaded Oxigraph store as the bytes of its WebAssembly instance, so that a later process can take it up where this
// one left it instead of parsing and indexing the same N-Quads again (Node only; the CLI's repeated queries).
//
// An Oxigraph store lives entirely in its instance: the linear memory (Rust's heap, the store's indexes, the allocator)
// and the table of JavaScript values the Rust side holds (wasm-bindgen's externref table: here only cached property
// names such as "termType"). Between calls the instance's globals are back at their initial values (the stack
// pointers), so memory and table are the whole state. A snapshot is taken only when every table entry is a value that
// can be written down (strings, booleans, null, undefined, numbers); restored only into an instance that has run
// nothing but its start function, of the same WebAssembly file (the caller checks the file; this checks its shape).

/** The parts of an Oxigraph instance the snapshot reads and writes (wasm-bindgen's exports; WebAssembly's types are
 * the DOM library's, which Node's build leaves out). */
export interface OxigraphInstance {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly __wbindgen_externrefs: { readonly length: number; get(index: number): unknown; set(index: number, value: unknown): void; grow(delta: number, value?: unknown): number };
}

/** One table entry that holds a value: its index and the value (undefined written as {undefined: true}). */
type TableEntry = readonly [number, string | number | boolean | null | { readonly undefined: true }];

export interface StoreSnapshot {
  /** The store's address in the instance's memory (wasm-bindgen's __wbg_ptr). */
  readonly store: number;
  /** The table's length and its non-null entries. */
  readonly table: { readonly length: number; readonly entries: readonly TableEntry[] };
  /** The whole linear memory. */
  readonly memory: Uint8Array;
}

/** The snapshot of `instance` holding the store at `store`, or undefined if the table holds objects or functions. */
export function takeStoreSnapshot(instance: OxigraphInstance, store: number): StoreSnapshot | undefined {
  const table = instance.__wbindgen_externrefs;
  const entries: TableEntry[] = [];
  for (let i = 0; i < table.length; i++) {
    const value: unknown = table.get(i);
    if (value === null) continue;
    if (value === undefined) entries.push([i, { undefined: true }]);
    else if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') entries.push([i, value]);
    else return undefined; // an object: nothing another process could rebuild
  }
  return { store, table: { length: table.length, entries }, memory: new Uint8Array(instance.memory.buffer).slice() };
}

/**
 * The parts of the memory that are not all zeros, as [start, end) byte ranges on `pageSize` boundaries, ranges at most
 * `gap` bytes apart joined: a fresh instance's memory is zeros, so only these need writing (on the survey about a
 * fifth of the store's memory is zeros, most of it the unused part of the stack).
 */
export function nonZeroRanges(memory: Uint8Array, pageSize = 4096, gap = 0): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const words = new Uint32Array(memory.buffer, memory.byteOffset, Math.floor(memory.length / 4));
  for (let page = 0; page < memory.length; page += pageSize) {
    const end = Math.min(page + pageSize, memory.length);
    let zero = true;
    for (let w = page / 4; w < end / 4 && zero; w++) zero = words[w] === 0;
    if (zero) continue;
    const last = ranges.at(-1);
    if (last && page - last[1] <= gap) last[1] = end;
    else ranges.push([page, end]);
  }
  return ranges;
}

/** The ranges of `a` and `b` together, sorted, overlapping or touching ranges joined. */
export function unionRanges(a: ReadonlyArray<readonly [number, number]>, b: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of [...a, ...b].sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A snapshot as read back: its memory written into the instance's by `fill` (straight from the file, no copy). */
export interface SnapshotImage {
  readonly store: number;
  readonly table: StoreSnapshot['table'];
  /** The memory's length in bytes. */
  readonly memoryLength: number;
  /** Writes the snapshot's non-zero ranges into `memory` (zeros already); false if it could not (a short file). */
  fill(memory: Uint8Array): boolean;
}

/**
 * Puts `image` into a fresh `instance` and gives the store's address, or undefined when the instance is not one the
 * snapshot can go into: its memory or table larger than the snapshot's, or its table not what the snapshot's was
 * before the store (a different build of the engine), or the memory could not be filled (then the instance is spoilt:
 * throw it away).
 */
export function restoreStoreSnapshot(instance: OxigraphInstance, image: SnapshotImage): number | undefined {
  const { memory } = instance;
  const table = instance.__wbindgen_externrefs;
  const pageSize = 65_536;
  if (image.memoryLength % pageSize !== 0 || memory.buffer.byteLength > image.memoryLength || table.length > image.table.length) return undefined;
  const saved = new Map(image.table.entries.map(([i, v]) => [i, typeof v === 'object' && v !== null ? undefined : v]));
  // Each entry the fresh instance has set must be in the snapshot with the same value (its start function ran in both).
  for (let i = 0; i < table.length; i++) {
    const value: unknown = table.get(i);
    if (value !== null && (!saved.has(i) || saved.get(i) !== value)) return undefined;
  }
  memory.grow((image.memoryLength - memory.buffer.byteLength) / pageSize);
  // Only the image's ranges are written: they cover every byte not zero in the snapshot and every byte not zero in a
  // fresh instance (unionRanges), so the rest is zeros both ways and is never touched (on this machine a page's first
  // touch costs ~20 µs: most of a query's start is the kernel handing out pages).
  if (!image.fill(new Uint8Array(memory.buffer))) throw new Error('the store snapshot ended early');
  table.grow(image.table.length - table.length, null);
  for (const [i, value] of saved) table.set(i, value);
  return image.store;
}
