// Records kept on disk while a long survey is read: read back by index and in order, and never left behind.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordSpill } from '../../src/node/record-spill.js';

describe('RecordSpill', () => {
  it('gives records back by index (from the end too), in order, and across its 1 MiB read blocks', () => {
    const spill = new RecordSpill<{ n: number; text: string }>();
    const long = 'é'.repeat(200_000); // 400 kB of UTF-8: a few records fill a read block
    for (let n = 0; n < 12; n++) spill.push({ n, text: n % 3 === 0 ? long : `r${n}` });
    expect(spill.length).toBe(12);
    expect(spill.at(1)).toEqual({ n: 1, text: 'r1' });
    expect(spill.at(-1)).toEqual({ n: 11, text: 'r11' });
    expect(spill.at(9)?.text).toBe(long);
    expect(spill.at(12)).toBeUndefined();
    expect([...spill].map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
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
