// Records kept on disk while a long survey is read: read back by index and in order, and never left behind.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordSpill } from '../../src/node/record-spill.js';

describe('RecordSpill', () => {
  // 400 kB of UTF-8 a long record: 12 records (1.6 MB) are a file read whole, 36 (4.8 MB) one read in 1 MiB blocks.
  it.each([12, 36])('gives %i records back by index (from the end too), in order, out of order, and as more are added', (count) => {
    const spill = new RecordSpill<{ n: number; text: string }>();
    const long = 'é'.repeat(200_000);
    const record = (n: number) => ({ n, text: n % 3 === 0 ? long : `r${n}` });
    for (let n = 0; n < count; n++) spill.push(record(n));
    expect(spill.length).toBe(count);
    expect(spill.at(1)).toEqual({ n: 1, text: 'r1' });
    expect(spill.at(-1)).toEqual({ n: count - 1, text: `r${count - 1}` });
    expect(spill.at(9)?.text).toBe(long);
    expect(spill.at(count)).toBeUndefined();
    expect([...spill].map((r) => r.n)).toEqual([...Array(count).keys()]);
    const jumps = [7, 2, count - 2, 0, 5, 4, count - 3];
    expect(jumps.map((n) => spill.at(n))).toEqual(jumps.map(record));
    // Records added after a read are read back too (the block read before holds only the earlier ones).
    spill.push({ n: count, text: 'late' });
    expect(spill.at(3)?.n).toBe(3);
    expect(spill.at(count)).toEqual({ n: count, text: 'late' });
    spill.close();
  });

  it('leaves no file behind even when it is never closed (a killed build): the file is unlinked while open', () => {
    const spill = new RecordSpill<string>();
    spill.push('a', 'b');
    expect(existsSync(spill.dir)).toBe(false);
    expect(spill.at(1)).toBe('b');
    spill.close();
  });
});
