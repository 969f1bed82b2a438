// Reading a survey a chunk at a time: line breaks and characters split between chunks come out whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines } from '../../src/node/read-lines.js';
import { LineSplitter } from '../../src/parse/line-splitter.js';

const dir = mkdtempSync(join(tmpdir(), 'deai-kg-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function splitInChunks(chunks: string[]): { lines: string[]; last: string | undefined } {
  const splitter = new LineSplitter();
  const lines = chunks.flatMap((c) => splitter.push(c));
  return { lines, last: splitter.end() };
}

function readInChunks(bytes: Buffer, chunkBytes: number): { lines: string[]; endsWithBreak: boolean } {
  const file = join(dir, `f-${chunkBytes}-${bytes.length}.md`);
  writeFileSync(file, bytes);
  const text = fileLines(file, chunkBytes);
  const lines = [...text.lines()];
  return { lines, endsWithBreak: text.endsWithBreak() };
}

describe('LineSplitter', () => {
  it('ends lines at LF, CRLF and a lone CR', () => {
    expect(splitInChunks(['a\nb\r\nc\rd'])).toEqual({ lines: ['a', 'b', 'c'], last: 'd' });
  });

  it('reads a CRLF split between two chunks as one line break', () => {
    expect(splitInChunks(['| a |\r', '\n| b |\r\n'])).toEqual({ lines: ['| a |', '| b |'], last: undefined });
  });

  it('reads a CR at the end of a chunk followed by text as a line break of its own', () => {
    expect(splitInChunks(['one\r', 'two\r', '\r', 'three'])).toEqual({ lines: ['one', 'two', ''], last: 'three' });
  });

  it('keeps a line that spans several chunks whole', () => {
    expect(splitInChunks(['| [Pro', 'ject One](https://one', '.io) | ● ', '|\n'])).toEqual({ lines: ['| [Project One](https://one.io) | ● |'], last: undefined });
  });
});

describe('fileLines: a file read a few bytes at a time', () => {
  const text = '| Projekt Zürich | ● |\r\n| 東京 Labs 🚀 | ◑ |\r| Ünïcödé | ○ |\n';
  const expected = ['| Projekt Zürich | ● |', '| 東京 Labs 🚀 | ◑ |', '| Ünïcödé | ○ |'];

  it.each([1, 2, 3, 5, 7, 64])('splits multi-byte characters and CRLF across %i-byte chunks without loss', (chunk) => {
    expect(readInChunks(Buffer.from(text, 'utf8'), chunk)).toEqual({ lines: expected, endsWithBreak: true });
  });

  it('tells a file whose last line has no line break', () => {
    expect(readInChunks(Buffer.from('a\nlast | cut', 'utf8'), 4)).toEqual({ lines: ['a', 'last | cut'], endsWithBreak: false });
  });

  it('reads a byte that is not UTF-8 as U+FFFD, which the parser reports', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nbad '), Buffer.from([0xff]), Buffer.from(' byte\n')]);
    expect(readInChunks(bytes, 3).lines).toEqual(['ok', 'bad \uFFFD byte']);
  });
});
