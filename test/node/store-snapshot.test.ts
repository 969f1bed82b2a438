// The store snapshot's own logic on small WebAssembly memories and tables made here (the real engine: test/cli/).
import { describe, expect, it } from 'vitest';
import { nonZeroRanges, type OxigraphInstance, restoreStoreSnapshot, type SnapshotImage, takeStoreSnapshot, unionRanges } from '../../src/node/store-snapshot.js';

declare const WebAssembly: {
  Memory: new (descriptor: { initial: number }) => OxigraphInstance['memory'];
  Table: new (descriptor: { element: 'externref'; initial: number }) => OxigraphInstance['__wbindgen_externrefs'];
};
const PAGE = 65_536;

function instance(pages: number, table: unknown[]): OxigraphInstance {
  const t = new WebAssembly.Table({ element: 'externref', initial: table.length });
  table.forEach((value, i) => t.set(i, value));
  return { memory: new WebAssembly.Memory({ initial: pages }), __wbindgen_externrefs: t };
}

describe('nonZeroRanges', () => {
  it('should give the 4 KiB pages holding anything but zeros, neighbours joined', () => {
    const memory = new Uint8Array(10 * 4096);
    memory[5] = 1; // page 0
    memory[4096 + 4095] = 2; // page 1, its last byte
    memory[4 * 4096] = 3; // page 4
    memory[9 * 4096 + 100] = 4; // page 9
    expect(nonZeroRanges(memory)).toEqual([
      [0, 8192],
      [16_384, 20_480],
      [36_864, 40_960],
    ]);
    expect(nonZeroRanges(new Uint8Array(8192))).toEqual([]);
    // Pages at most one page apart joined when asked.
    expect(nonZeroRanges(memory, 4096, 4096)).toEqual([
      [0, 8192],
      [16_384, 20_480],
      [36_864, 40_960],
    ]);
    expect(nonZeroRanges(memory, 4096, 8192)).toEqual([
      [0, 20_480],
      [36_864, 40_960],
    ]);
  });
});

describe('unionRanges', () => {
  it('should join overlapping and touching ranges, in order', () => {
    expect(unionRanges([[8, 16], [32, 40]], [[0, 8], [12, 20], [48, 56]])).toEqual([
      [0, 20],
      [32, 40],
      [48, 56],
    ]);
    expect(unionRanges([], [])).toEqual([]);
  });
});

describe('takeStoreSnapshot', () => {
  it('should keep the memory and the table\'s values', () => {
    const source = instance(1, [undefined, null, true, 'termType', 7]);
    new Uint8Array(source.memory.buffer)[100] = 42;
    const snapshot = takeStoreSnapshot(source, 1234);
    expect(snapshot?.store).toBe(1234);
    expect(snapshot?.table).toEqual({ length: 5, entries: [[0, { undefined: true }], [2, true], [3, 'termType'], [4, 7]] });
    expect(snapshot?.memory.length).toBe(PAGE);
    expect(snapshot?.memory[100]).toBe(42);
    // A copy: the instance going on does not change it.
    new Uint8Array(source.memory.buffer)[100] = 0;
    expect(snapshot?.memory[100]).toBe(42);
  });

  it('should refuse a table holding an object or a function: no other process could rebuild it', () => {
    expect(takeStoreSnapshot(instance(1, [undefined, {}]), 8)).toBeUndefined();
    expect(takeStoreSnapshot(instance(1, [() => 1]), 8)).toBeUndefined();
  });
});

describe('restoreStoreSnapshot', () => {
  /** An image of a 3-page memory with byte 70000 = 9 and the table [undefined, null, true, 'value']. */
  function image(fill = (memory: Uint8Array): boolean => ((memory[70_000] = 9), true)): SnapshotImage {
    return { store: 4321, table: { length: 4, entries: [[0, { undefined: true }], [2, true], [3, 'value']] }, memoryLength: 3 * PAGE, fill };
  }

  it('should grow a fresh instance to the snapshot and put its memory and table in', () => {
    const target = instance(1, [undefined]);
    expect(restoreStoreSnapshot(target, image())).toBe(4321);
    expect(target.memory.buffer.byteLength).toBe(3 * PAGE);
    expect(new Uint8Array(target.memory.buffer)[70_000]).toBe(9);
    const table = target.__wbindgen_externrefs;
    expect([table.length, table.get(0), table.get(1), table.get(2), table.get(3)]).toEqual([4, undefined, null, true, 'value']);
  });

  it('should leave an instance that is not the snapshot\'s kind alone', () => {
    const bigger = instance(4, [undefined]);
    expect(restoreStoreSnapshot(bigger, image())).toBeUndefined();
    expect(bigger.memory.buffer.byteLength).toBe(4 * PAGE);
    // A table entry the snapshot does not have, or has with another value: another build of the engine.
    const other = instance(1, [undefined, 'x']);
    expect(restoreStoreSnapshot(other, image())).toBeUndefined();
    expect(other.memory.buffer.byteLength).toBe(PAGE);
    expect(restoreStoreSnapshot(instance(1, [undefined, null, false]), image())).toBeUndefined();
    expect(restoreStoreSnapshot(instance(1, [undefined]), { ...image(), memoryLength: PAGE + 5 })).toBeUndefined();
  });

  it('should throw, not go on with half a store, when the memory cannot be filled', () => {
    expect(() => restoreStoreSnapshot(instance(1, [undefined]), image(() => false))).toThrow('the store snapshot ended early');
  });
});
