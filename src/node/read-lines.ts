// A survey file read as lines, a chunk at a time: the file is never one string, so its size is not bounded by V8's
// string limit and memory holds one chunk. UTF-8 is decoded by a StringDecoder, which keeps a character whose bytes
// are split across two chunks whole; line breaks are "\n", "\r\n" or "\r" (line-splitter.ts).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { LineSplitter } from '../parse/line-splitter.js';
import type { SurveyText } from '../parse/parse-survey.js';
import { readSurvey } from './read-survey.js';

const CHUNK = 1 << 20;

/** The file's lines; `endsWithBreak` is known once they have been read to the end. */
export function fileLines(path: string, chunkBytes = CHUNK): SurveyText {
  let endsWithBreak = true;
  return {
    *lines() {
      const fd = openFile(path);
      try {
        const buffer = Buffer.allocUnsafe(chunkBytes);
        const decoder = new StringDecoder('utf8');
        const splitter = new LineSplitter();
        for (let n = readSync(fd, buffer, 0, chunkBytes, null); n > 0; n = readSync(fd, buffer, 0, chunkBytes, null)) {
          yield* splitter.push(decoder.write(buffer.subarray(0, n)));
        }
        const rest = splitter.push(decoder.end());
        yield* rest;
        const last = splitter.end();
        endsWithBreak = last === undefined;
        if (last !== undefined) yield last;
      } finally {
        closeSync(fd);
      }
    },
    endsWithBreak: () => endsWithBreak,
  };
}

function openFile(path: string): number {
  try {
    if (!statSync(path).isDirectory()) return openSync(path, 'r');
  } catch {
    // reported below
  }
  // The same InputError as for a whole file (missing, a directory, unreadable).
  readSurvey(path);
  throw new Error(`cannot open ${path}`);
}
