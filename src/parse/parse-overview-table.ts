// The overview table (markdown-it table tokens) → header and rows of cells with their places.
//
// markdown-it pads short rows and drops cells beyond the header's count (as GFM renders them); deai-kg must see the
// row as written to report missing or extra cells. So each row's line is also split here, the way markdown-it splits
// it (unescaped pipes; leading and trailing pipe optional), for the true cell count and each cell's column; cell text
// comes from markdown-it's inline tokens, and extra cells (which it drops) are parsed inline on their own.
import { inlineText, type SourceLines, type Token } from './markdown-tokens.js';
import type { CellLink, OverviewTable, RecordStore, SourcePlace, TableCell, TableRow } from './survey-types.js';

/** Reads the overview table row by row, as streamMarkdown hands the rows on: the first row is the header. */
export class OverviewTableReader {
  private header: TableCell[] | undefined;
  private readonly place: SourcePlace;
  /** The last row read (the truncation check looks at it). */
  last: TableRow | undefined;

  constructor(
    open: Token,
    private readonly lines: SourceLines,
    private readonly parseInline: (text: string) => Token[],
    /** Where each row goes once read; a row of only pipes goes to `onEmpty` instead. */
    private readonly rows: RecordStore<TableRow>,
    private readonly onEmpty: (row: TableRow) => void,
    /** What is stored of each row (links written as IRIs). */
    private readonly onRow: (row: TableRow) => TableRow = (row) => row,
  ) {
    this.place = lines.blockPlace(open);
  }

  /** One row's tokens, tr_open to tr_close, inline children parsed. */
  row(tokens: readonly Token[]): void {
    const inlines = tokens.filter((t) => t.type === 'inline');
    const place = this.lines.blockPlace(tokens[0] as Token);
    const raw = splitRow(this.lines.line(place.line - 1));
    const cells = raw.map((cell, c) => cellToRecord(cell, place.line, inlines[c]?.children ?? this.parseInline(cell.text)));
    if (this.header === undefined) this.header = cells;
    else {
      const row = { ...place, cells };
      if (cells.some((cell) => cell.text !== '')) {
        this.last = row;
        this.rows.push(this.onRow(row));
      } else this.onEmpty(row);
    }
  }

  table<Rows extends RecordStore<TableRow>>(): Omit<OverviewTable, 'rows'> & { rows: Rows } {
    return { ...this.place, header: this.header ?? [], rows: this.rows as Rows };
  }
}

function cellToRecord(cell: RawCell, line: number, children: readonly Token[]): TableCell {
  const link = firstLink(children);
  return { line, column: cell.column, text: inlineText(children), ...(link ? { link } : {}) };
}

function firstLink(children: readonly Token[]): CellLink | undefined {
  const open = children.findIndex((t) => t.type === 'link_open');
  if (open < 0) return undefined;
  const close = children.findIndex((t, i) => i > open && t.type === 'link_close');
  return { label: inlineText(children.slice(open + 1, close < 0 ? undefined : close)), url: String((children[open] as Token).attrGet('href') ?? '') };
}

interface RawCell {
  /** The cell's markdown, trimmed, escaped pipes unescaped (as markdown-it gives it to the inline parser). */
  readonly text: string;
  /** 1-based column of the cell's first character, or of the place just after its pipe when it is empty. */
  readonly column: number;
}

/** Splits a table row's line at unescaped pipes, as markdown-it's table rule does. */
export function splitRow(source: string): RawCell[] {
  const offset = source.length - source.trimStart().length;
  const line = source.trim();
  const cells: { text: string; start: number }[] = [];
  let current = '';
  let start = 0;
  let last = 0;
  let escaped = false;
  for (let pos = 0; pos < line.length; pos++) {
    const ch = line.charCodeAt(pos);
    if (ch === 124 /* | */) {
      if (!escaped) {
        cells.push({ text: current + line.slice(last, pos), start });
        current = '';
        start = pos + 1;
        last = pos + 1;
      } else {
        current += line.slice(last, pos - 1);
        last = pos;
      }
    }
    escaped = ch === 92; /* \ */
  }
  cells.push({ text: current + line.slice(last), start });
  if (cells.length > 0 && cells[0]?.text === '') cells.shift();
  if (cells.length > 0 && cells.at(-1)?.text === '') cells.pop();
  return cells.map(({ text, start: at }) => {
    const lead = text.length - text.trimStart().length;
    return { text: text.trim(), column: offset + at + (text.trim() === '' ? 0 : lead) + 1 };
  });
}
