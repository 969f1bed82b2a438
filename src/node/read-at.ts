// Reading a part of an open file, whole (Node only): the survey cache's entries and the store snapshots.
import { readSync } from 'node:fs';

/** `length` bytes of the open file `fd` from `position`; throws if the file ends first. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) throw new Error('short read');
    done += n;
  }
  return bytes;
}
