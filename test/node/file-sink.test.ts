// The file sink encodes each chunk into its own buffer and writes it when full: the bytes on disk must be the text
// written, whatever the chunk sizes and characters, across every flush boundary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSink } from '../../src/node/file-sink.js';

const dir = mkdtempSync(join(tmpdir(), 'deai-kg-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeThrough(name: string, chunks: string[]): { text: string; bytes: number } {
  const path = join(dir, name);
  const sink = fileSink(path);
  for (const chunk of chunks) sink.write(chunk);
  sink.end();
  return { text: readFileSync(path, 'utf8'), bytes: sink.bytes() };
}

describe('fileSink', () => {
  it('writes small chunks of one-, two-, three- and four-byte characters across many 1 MiB flushes', () => {
    // 'é' is 2 bytes, '€' 3, '🙂' 4 (a surrogate pair): each line is 29 (IRI) + 2 + 2×2 + 3×3 + 2×4 + 6 = 58 bytes,
    // 1.74 MB in all: the buffer is flushed with a line cut at no character.
    const line = (i: number): string => `<https://example.org/p${String(i).padStart(6, '0')}> "éé€€€🙂🙂 x" .\n`;
    const chunks = Array.from({ length: 30_000 }, (_, i) => line(i));
    const { text, bytes } = writeThrough('small.nt', chunks);
    expect(text).toBe(chunks.join(''));
    expect(bytes).toBe(1_740_000);
    expect(text.split('\n')[29_999]).toBe('<https://example.org/p029999> "éé€€€🙂🙂 x" .');
  });

  it('writes a chunk larger than the buffer whole, after what was pending, and the chunks after it', () => {
    const big = '€'.repeat(700_000); // 2.1 MB in UTF-8: more than the 1 MiB buffer
    const { text, bytes } = writeThrough('big.txt', ['head ', big, ' tail']);
    expect(text).toBe(`head ${big} tail`);
    expect(bytes).toBe(5 + 2_100_000 + 5);
  });

  it('writes nothing but an empty file when nothing is written', () => {
    expect(writeThrough('empty.txt', [])).toEqual({ text: '', bytes: 0 });
  });
});
