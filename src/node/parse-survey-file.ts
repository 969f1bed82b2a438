// A survey file → its parsed records, read as a stream: the file as lines a chunk at a time, table rows and section
// entries kept on disk (record-spill.ts) and read back by index when each project is resolved. Memory holds the
// project identities and one piece of the markdown, not the file, so a survey of a million projects parses in the
// memory of a few thousand. `close()` removes the spill files.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { SurveyRecords, SectionEntry, TableRow, TableCell } from '../parse/survey-types.js';
import { parseSurveyLines } from '../parse/parse-survey.js';
import { fileLines } from './read-lines.js';
import { type RecordCodec, RecordSpill } from './record-spill.js';

export interface SurveyFile {
  readonly survey: SurveyRecords;
  /** "sha256:…" of the file's bytes (the same as of its text read whole). */
  readonly digest: string;
  close(): void;
}

export function parseSurveyFile(path: string, options: { readonly file?: string; readonly pieceLines?: number } = {}): SurveyFile {
  const text = fileLines(path);
  const rows = new RecordSpill<TableRow>(ROW_CODEC);
  const entries = new RecordSpill<SectionEntry>();
  try {
    const survey = parseSurveyLines(text, { file: options.file ?? path, rows, entries, ...(options.pieceLines ? { pieceLines: options.pieceLines } : {}) });
    return {
      survey,
      digest: fileDigest(path),
      close: () => {
        rows.close();
        entries.close();
      },
    };
  } catch (error) {
    rows.close();
    entries.close();
    throw error;
  }
}

function fileDigest(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return `sha256:${hash.digest('hex')}`;
}

/** A row as an array (its cells all share its line): a third of the size of its JSON object. */
type EncodedCell = [column: number, text: string, label?: string, url?: string];
const ROW_CODEC: RecordCodec<TableRow> = {
  encode: (row) => JSON.stringify([row.line, row.column, ...row.cells.map((c): EncodedCell => (c.link ? [c.column, c.text, c.link.label, c.link.url] : [c.column, c.text]))]),
  decode: (text) => {
    const [line, column, ...cells] = JSON.parse(text) as [number, number, ...EncodedCell[]];
    return {
      line,
      column,
      cells: cells.map(([cellColumn, cellText, label, url]): TableCell => ({ line, column: cellColumn, text: cellText, ...(url !== undefined ? { link: { label: label as string, url } } : {}) })),
    };
  },
};
