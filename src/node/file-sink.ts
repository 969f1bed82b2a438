// A TextSink onto a file: text is buffered and written synchronously in 1 MiB pieces, so a 4.5M-triple graph streams
// to disk at constant memory without waiting on stream back-pressure.
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

/** Every byte of the text: a write that takes only part of it (a disk filling up, a full pipe) is followed by more. */
function writeAll(fd: number, text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      // A non-blocking pipe that is full: wait for the reader (rare; files never do this).
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  return done;
}

function fdSink(fd: number, closeAtEnd = true, onError?: (error: NodeJS.ErrnoException) => void): TextSink & { bytes(): number; close(): void } {
  let pending = '';
  let bytes = 0;
  let open = true;
  const flush = (): void => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    try {
      bytes += writeAll(fd, text);
    } catch (error) {
      if (!onError) throw error;
      onError(error as NodeJS.ErrnoException);
    }
  };
  return {
    write(chunk) {
      pending += chunk;
      if (pending.length >= FLUSH_AT) flush();
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
