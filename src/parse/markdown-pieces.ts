// Lines of a long document → pieces that markdown-it parses one at a time with the same blocks as the whole text, so
// memory holds one piece (a few thousand lines) however long the survey is. A piece ends only where a new top-level
// block must begin whatever came before:
//   - a line at column 0 after a blank line (outside a fenced code block or an HTML comment or raw block);
//   - a heading or a bullet item at column 0 (both interrupt a paragraph, and a column-0 line is outside any list);
//   - between two rows of a table (a GFM table ends only at a blank line): the next piece begins again with the
//     table's header and delimiter rows, and is marked as continuing the table.
// A list cut between two items is read as two lists with the same items. Small documents are one piece, exactly the
// text as written. A table that interrupts a paragraph (no blank line before its header) is not cut.
import { splitRow } from './parse-overview-table.js';

/** Lines per piece before a cut is looked for. */
export const PIECE_LINES = 2048;

export interface MarkdownPiece {
  /** The piece's lines; a continued table's piece begins with that table's header and delimiter rows. */
  readonly lines: readonly string[];
  /** The document's index (0-based) of the piece's first line; for a continued table, two before its first row. */
  readonly base: number;
  /** The piece continues the table the piece before it ended in. */
  readonly continuesTable: boolean;
}

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_RAW = /^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i;
const BLOCK_START = /^(#{1,6}(\s|$)|[-*+][ \t]+\S)/;

export function* linesToPieces(lines: Iterable<string>, maxLines = PIECE_LINES): Generator<MarkdownPiece> {
  let piece: string[] = [];
  let base = 0;
  let continuesTable = false;
  let index = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let prevBlank = true;
  /** Lines since the last blank line; the table's header and delimiter when that run is a table. */
  let run = 0;
  let runFirst = '';
  let table: [string, string] | undefined;
  for (const line of lines) {
    const blank = line.trim() === '';
    if (piece.length >= maxLines && !fence && !htmlEnd && !blank) {
      const indent = line.length - line.trimStart().length;
      if (table && indent < 4) {
        yield { lines: piece, base, continuesTable };
        piece = [...table];
        base = index - 2;
        continuesTable = true;
      } else if (!table && indent === 0 && (prevBlank || BLOCK_START.test(line))) {
        yield { lines: piece, base, continuesTable };
        piece = [];
        base = index;
        continuesTable = false;
      }
    }
    piece.push(line);
    index++;
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const opened = FENCE.exec(line)?.[1];
      if (opened) fence = opened;
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) htmlEnd = /-->/;
      else if (HTML_RAW.test(line)) htmlEnd = /<\/(script|pre|style|textarea)>/i;
    }
    if (blank) {
      run = 0;
      table = undefined;
    } else {
      run++;
      if (run === 1) runFirst = prevBlank ? line : '';
      else if (run === 2 && isTableHead(runFirst, line)) table = [runFirst, line];
      else if (table && line.length - line.trimStart().length >= 4) table = undefined;
    }
    prevBlank = blank;
  }
  if (piece.length > 0) yield { lines: piece, base, continuesTable };
}

/** A header row at column 0 with as many cells as the delimiter row under it (markdown-it's test for a table). */
function isTableHead(header: string, delimiter: string): boolean {
  if (header === '' || !header.includes('|') || /^\s/.test(header) || !DELIMITER_ROW.test(delimiter)) return false;
  const aligns = delimiter.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return splitRow(header).length === aligns.length;
}
