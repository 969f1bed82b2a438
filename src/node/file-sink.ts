// A TextSink onto a file: text is buffered and written synchronously in 1 MiB pieces, so a 4.5M-triple graph streams
// to disk at constant memory without waiting on stream back-pressure.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { TextSink } from '../export/graph-writers.js';

const FLUSH_AT = 1 << 20;

export function fileSink(path: string): TextSink & { bytes(): number; close(): void } {
  const fd = openSync(path, 'w');
  let pending = '';
  let bytes = 0;
  let open = true;
  const flush = (): void => {
    if (pending === '') return;
    bytes += writeSync(fd, pending);
    pending = '';
  };
  return {
    write(chunk) {
      pending += chunk;
      if (pending.length >= FLUSH_AT) flush();
    },
    end() {
      if (!open) return;
      flush();
      closeSync(fd);
      open = false;
    },
    bytes: () => bytes,
    /** Closes the file without writing what is pending (after a failure); nothing after end(). */
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
  };
}
