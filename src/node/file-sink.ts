// A TextSink onto a file: text is encoded into a 1 MiB buffer as it comes and written synchronously when the buffer is
// full, so a 140M-triple graph streams to disk at constant memory without waiting on stream back-pressure.
// Each chunk is encoded on its own (buffer.write): gathering chunks into one string first (`pending += chunk`) and
// encoding that made V8 flatten a rope of thousands of pieces per flush, which ran at ~90 MB/s and was 40 % of a
// 100k-project build (bench/scale.ts; encoding chunk by chunk runs at over 1 GB/s).
import { closeSync, openSync, writeSync } from 'node:fs';
import type { TextSink } from '../export/graph-writers.js';

const FLUSH_AT = 1 << 20;

export function fileSink(path: string): TextSink & { bytes(): number; close(): void } {
  return fdSink(openSync(path, 'w'));
}

/**
 * Standard output as a TextSink (written synchronously, as a file is). A reader that stops early (`| head`) closes
 * the pipe: the rest is dropped quietly, as that is not an error of the writer.
 */
export function stdoutSink(): TextSink {
  let closed = false;
  const sink = fdSink(1, false, (error) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return { write: (chunk) => (closed ? undefined : sink.write(chunk)), end: () => (closed ? undefined : sink.end()) };
}

/** Every byte: a write that takes only part of it (a disk filling up, a full pipe) is followed by more. */
function writeAll(fd: number, bytes: Uint8Array, length: number): number {
  let done = 0;
  while (done < length) {
    try {
      done += writeSync(fd, bytes, done, length - done);
    } catch (error) {
      // A non-blocking pipe that is full: wait for the reader (rare; files never do this).
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  return done;
}

function fdSink(fd: number, closeAtEnd = true, onError?: (error: NodeJS.ErrnoException) => void): TextSink & { bytes(): number; close(): void } {
  const buffer = Buffer.allocUnsafe(FLUSH_AT);
  let used = 0;
  let bytes = 0;
  let open = true;
  const put = (data: Uint8Array, length: number): void => {
    try {
      bytes += writeAll(fd, data, length);
    } catch (error) {
      if (!onError) throw error;
      onError(error as NodeJS.ErrnoException);
    }
  };
  const flush = (): void => {
    if (used === 0) return;
    const length = used;
    used = 0;
    put(buffer, length);
  };
  return {
    write(chunk) {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8: a chunk that fits that bound is encoded in place.
      if (FLUSH_AT - used < chunk.length * 3) {
        flush();
        if (chunk.length * 3 > FLUSH_AT) {
          const data = Buffer.from(chunk, 'utf8');
          put(data, data.length);
          return;
        }
      }
      used += buffer.write(chunk, used, 'utf8');
    },
    end() {
      if (!open) return;
      flush();
      if (closeAtEnd) closeSync(fd);
      open = false;
    },
    bytes: () => bytes,
    /** Closes the file without writing what is pending (after a failure); nothing after end(). */
    close() {
      if (!open) return;
      open = false;
      if (closeAtEnd) closeSync(fd);
    },
  };
}
