// A map from text keys to project numbers that holds no strings: 32-bit hashes and numbers in typed arrays.
// Resolving a million projects keeps five such indexes (names, slugs, name cores, links, link hosts). As JavaScript
// Maps of strings to records they took ~700 bytes a project and made V8's heap grow to 1.2 GB; here an entry is
// 12 bytes outside the JavaScript heap. A hash says only "maybe": callers check each candidate against the key
// (from the project's label, or its links read back), so two keys that share a hash are never confused.

/** FNV-1a over UTF-16 code units: fast in JavaScript, well spread for names and URLs. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Half as much again: less unused room at the end of a million-row column than doubling leaves. */
const grownCapacity = (length: number): number => Math.max(1024, Math.ceil(length * 1.5));

/** Growable Int32 column; `capacity` when the number of rows is known beforehand. */
export class IntColumn {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) this.grow(grownCapacity(this.length));
    this.data[this.length] = value;
    return this.length++;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  set(i: number, value: number): void {
    if (i >= this.data.length) this.grow(Math.max(i + 1, grownCapacity(this.data.length)));
    if (i >= this.length) this.length = i + 1;
    this.data[i] = value;
  }

  private grow(capacity: number): void {
    const grown = new Int32Array(capacity);
    grown.set(this.data);
    this.data = grown;
  }
}

/**
 * Key → project numbers (several per key where projects share it, e.g. a link host). Chained buckets: adding is O(1)
 * whatever the number of projects sharing a key; `candidates` walks one bucket.
 */
export class KeyIndex {
  private heads: Int32Array;
  private readonly next: IntColumn;
  private readonly ids: IntColumn;
  private readonly hashes: IntColumn;

  /** `expected`: how many keys will be added, if known (the arrays are then made once, at that size). */
  constructor(expected = 1024) {
    this.heads = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(expected, 1024)))).fill(-1);
    this.next = new IntColumn(expected);
    this.ids = new IntColumn(expected);
    this.hashes = new IntColumn(expected);
  }

  get size(): number {
    return this.ids.length;
  }

  add(key: string, id: number): void {
    this.addHash(hashKey(key), id);
  }

  /** As add, for a key whose hashKey is known. */
  addHash(keyHash: number, id: number): void {
    if (this.ids.length >= this.heads.length) this.rehash(this.heads.length * 2);
    const hash = keyHash | 0;
    const bucket = hash & (this.heads.length - 1);
    const at = this.ids.push(id);
    this.hashes.push(hash);
    this.next.push(this.heads[bucket] as number);
    this.heads[bucket] = at;
  }

  /** Project numbers added under a key with the same hash, each once, in ascending order: check each against the key. */
  candidates(key: string): number[] {
    const hash = hashKey(key) | 0;
    const found = new Set<number>();
    for (let at = this.heads[hash & (this.heads.length - 1)] as number; at >= 0; at = this.next.get(at)) {
      if (this.hashes.get(at) === hash) found.add(this.ids.get(at));
    }
    return [...found].sort((a, b) => a - b);
  }

  private rehash(capacity: number): void {
    this.heads = new Int32Array(capacity).fill(-1);
    for (let at = 0; at < this.ids.length; at++) {
      const bucket = this.hashes.get(at) & (capacity - 1);
      this.next.set(at, this.heads[bucket] as number);
      this.heads[bucket] = at;
    }
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Strings kept as UTF-8 in one growable byte array, by number: a million project labels take ~20 MB outside V8's
 * heap instead of ~48 MB of string objects in it (which V8's collector also walks and leaves room to grow around).
 */
export class StringPool {
  private bytes = new Uint8Array(1 << 16);
  private readonly ends: IntColumn;
  private used = 0;

  constructor(expected = 1024) {
    this.ends = new IntColumn(expected);
  }

  get length(): number {
    return this.ends.length;
  }

  push(text: string): number {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (this.used + text.length * 3 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 1.5, this.used + text.length * 3));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    return this.ends.push(this.used);
  }

  get(i: number): string {
    const start = i === 0 ? 0 : this.ends.get(i - 1);
    const end = this.ends.get(i);
    // Labels are mostly short and ASCII: those are read without the decoder.
    let ascii = end - start <= 1024;
    for (let at = start; ascii && at < end; at++) {
      if ((this.bytes[at] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    return ascii ? String.fromCharCode(...this.bytes.subarray(start, end)) : decoder.decode(this.bytes.subarray(start, end));
  }
}
