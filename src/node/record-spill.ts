// Records kept on disk while a long survey is read: a RecordStore whose records are appended to a temporary file as
// lines of JSON and read back by index. Memory holds an offset per record and one read block, so the rows of a
// million-row table cost 8 bytes each instead of a kilobyte. Sequential reads (resolving projects in table order)
// come from the block already read.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordStore } from '../parse/survey-types.js';

const FLUSH_AT = 1 << 20;
const BLOCK = 1 << 20;
/**
 * A file up to this size is read whole when a record is first wanted: a 10k-project survey's rows and entries (3 and
 * 2 MB) were otherwise read back with ~17,000 reads of one record each (entries come in section order, rows are
 * looked up by name), 0.13 s of a 3.4 s build.
 */
const WHOLE_FILE = 4 * BLOCK;

export interface RecordCodec<T> {
  encode(record: T): string;
  decode(text: string): T;
}

const JSON_CODEC: RecordCodec<never> = { encode: (r) => JSON.stringify(r), decode: (t) => JSON.parse(t) as never };

export class RecordSpill<T> implements RecordStore<T> {
  /** The directory the file was made in (gone at once where the file could be unlinked while open). */
  readonly dir: string;
  private readonly fd: number;
  /** Byte offset of each record's line; one more than there are records (the end of the last). */
  private offsets = new Float64Array(1024);
  private count = 0;
  /** Records not yet written, encoded (one buffer for the life of the spill: no garbage per flush). */
  private readonly pending = Buffer.allocUnsafe(FLUSH_AT);
  private pendingBytes = 0;
  private written = 0;
  private block: { start: number; bytes: Buffer } | undefined;
  /** The buffer sequential reads fill, reused: each record is decoded into a string of its own before the next read. */
  private readBuffer: Buffer | undefined;
  private closed = false;
  private lastIndex = -2;

  constructor(private readonly codec: RecordCodec<T> = JSON_CODEC as RecordCodec<T>) {
    this.dir = mkdtempSync(join(tmpdir(), 'deai-kg-spill-'));
    this.fd = openSync(join(this.dir, 'records'), 'w+');
    // A run that fails, is killed or runs out of memory half-way leaves no file behind: the file is unlinked while
    // open (POSIX keeps its data until the descriptor closes); where that is refused (Windows), it goes at exit.
    try {
      rmSync(this.dir, { recursive: true });
      this.unlinked = true;
    } catch {
      process.once('exit', this.remove);
    }
  }

  private unlinked = false;

  private readonly remove = (): void => this.close();

  get length(): number {
    return this.count;
  }

  push(...records: T[]): number {
    for (const record of records) {
      const line = `${this.codec.encode(record)}\n`;
      if (this.count + 1 >= this.offsets.length) {
        const grown = new Float64Array(this.offsets.length * 2);
        grown.set(this.offsets);
        this.offsets = grown;
      }
      // A UTF-16 code unit takes at most 3 bytes of UTF-8: encode in place when that bound fits, else flush first.
      if (FLUSH_AT - this.pendingBytes < line.length * 3) this.flush();
      let bytes: number;
      if (line.length * 3 > FLUSH_AT) {
        bytes = writeSync(this.fd, line, this.written);
        this.written += bytes;
      } else {
        bytes = this.pending.write(line, this.pendingBytes, 'utf8');
        this.pendingBytes += bytes;
      }
      const start = this.offsets[this.count] as number;
      this.offsets[++this.count] = start + bytes;
    }
    return this.count;
  }

  at(index: number): T | undefined {
    if (index < 0) index += this.count;
    if (index < 0 || index >= this.count) return undefined;
    this.flush();
    const start = this.offsets[index] as number;
    const end = (this.offsets[index + 1] as number) - 1;
    if (!this.block || start < this.block.start || end > this.block.start + this.block.bytes.length) {
      // A small file is read whole. In a large one, reading in order (rows, as projects are resolved) fills a block;
      // a jump (an entry of a project listed far from its row) reads that record alone.
      const whole = this.written <= WHOLE_FILE;
      const from = whole ? 0 : start;
      const size = whole ? this.written : index === this.lastIndex + 1 ? Math.max(BLOCK, end - start) : end - start;
      if (!this.readBuffer || this.readBuffer.length < size) this.readBuffer = Buffer.allocUnsafe(Math.max(size, BLOCK));
      const bytes = this.readBuffer.subarray(0, size);
      const n = readSync(this.fd, bytes, 0, bytes.length, from);
      this.block = { start: from, bytes: bytes.subarray(0, n) };
    }
    this.lastIndex = index;
    return this.codec.decode(this.block.bytes.toString('utf8', start - this.block.start, end - this.block.start));
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.count; i++) yield this.at(i) as T;
  }

  /** Removes the file (the records are gone). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    process.off('exit', this.remove);
    closeSync(this.fd);
    if (!this.unlinked) rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    let done = 0;
    while (done < this.pendingBytes) done += writeSync(this.fd, this.pending, done, this.pendingBytes - done, this.written + done);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }
}
