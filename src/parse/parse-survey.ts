// Survey markdown → typed records (table cells, section entries, headings) with source places. The text is read as
// lines, piece by piece (markdown-pieces.ts), so a survey file need not be one string: src/node/read-lines.ts hands
// on a file's lines and src/node/record-spill.ts keeps the rows and entries on disk (parseSurveyLines).
import { DiagnosticSink, placeIn } from '../errors.js';
import { checkLink } from './check-link.js';
import { checkTruncation } from './check-truncation.js';
import { textToLines } from './line-splitter.js';
import { linesToPieces, type MarkdownPiece } from './markdown-pieces.js';
import { markdownInline, SourceLines, streamMarkdown } from './markdown-tokens.js';
import { OverviewTableReader } from './parse-overview-table.js';
import { ProseReader } from './parse-prose.js';
import { SectionWalker } from './parse-sections.js';
import type { RecordStore, SectionEntry, SourcePlace, Survey, SurveyRecords, TableCell, TableRow } from './survey-types.js';

export interface ParseOptions {
  /** Name used in messages and provenance; defaults to "survey.md". */
  readonly file?: string;
}

/** A survey's text as lines (without line breaks), read from the start each time `lines` is called. */
export interface SurveyText {
  lines(): Iterable<string>;
  /** Whether the text ends with a line break; known once `lines()` has been read to the end. */
  endsWithBreak(): boolean;
}

export interface StreamParseOptions<Rows extends RecordStore<TableRow>, Entries extends RecordStore<SectionEntry>> extends ParseOptions {
  readonly rows: Rows;
  readonly entries: Entries;
  /** Lines per piece handed to markdown-it (markdown-pieces.ts); tests make it small. */
  readonly pieceLines?: number;
}

/** Longest line accepted; longer lines are almost always a corrupt or non-markdown file. */
export const MAX_LINE_LENGTH = 100_000;

/**
 * Parses the survey. Throws InputError (with file:line:column) for input that cannot be read as a
 * survey; returns warnings for anything kept but suspicious.
 */
export function parseSurvey(text: string, options: ParseOptions = {}): Survey {
  const { lines, endsWithBreak } = textToLines(text);
  const survey = parseSurveyLines({ lines: () => lines, endsWithBreak: () => endsWithBreak }, { ...options, rows: [] as TableRow[], entries: [] as SectionEntry[] });
  return survey;
}

/** Parses a survey read line by line; rows and entries go to the given stores as they are read. */
export function parseSurveyLines<Rows extends RecordStore<TableRow>, Entries extends RecordStore<SectionEntry>>(
  text: SurveyText,
  options: StreamParseOptions<Rows, Entries>,
): SurveyRecords & { readonly table: { readonly rows: Rows }; readonly entries: Entries } {
  const file = options.file ?? 'survey.md';
  const sink: DiagnosticSink = new DiagnosticSink();
  const checked = new TextCheck(file);
  let first = true;
  const pieces = (): Iterable<MarkdownPiece> => {
    const lines = first ? checked.lines(text.lines()) : text.lines();
    first = false;
    return linesToPieces(lines, options.pieceLines);
  };
  const lines = new SourceLines();
  // Every link is replaced by the IRI it is written as (checkLink percent-encodes what an IRI forbids, or fails);
  // records are copied only where that changes a link.
  const iri = (url: string, place: SourcePlace): string => checkLink(url, place, file, sink, lines.line(place.line - 1));
  const sections = new SectionWalker(lines, file, sink, options.entries, (entry) => entryWithIris(entry, iri));
  const prose = new ProseReader(lines);
  const emptyRows: TableRow[] = [];
  let reader: OverviewTableReader | undefined;
  let tables = 0;
  let title: string | undefined;
  streamMarkdown(
    pieces,
    {
      block(tokens) {
        const heading = sections.block(tokens);
        if (heading) prose.heading(heading.depth);
        else prose.block(tokens);
        if (heading && heading.depth === 1 && title === undefined) title = heading.title.replace(/^[^\p{L}\p{N}]+/u, '');
      },
      tableStart(open) {
        prose.tableStart();
        if (tables++ === 0) reader = new OverviewTableReader(open, lines, markdownInline, options.rows, (row) => emptyRows.push(row), (row) => rowWithIris(row, iri));
        else sink.warn('table/extra', placeIn(file, lines.blockPlace(open)), 'A second table is not read; only the first (overview) table is', 'one overview table');
      },
      tableRow(row) {
        if (tables === 1) reader?.row(row);
      },
      tableEnd() {},
    },
    lines,
    () => checked.done(sink, text.endsWithBreak()),
  );
  if (!reader) {
    sink.fail(
      'table/missing',
      { file, line: 1, column: 1 },
      'No overview table was found',
      'a GFM table whose header row starts with "| Project |" and lists the stages and capabilities',
    );
  }
  const table = reader.table<Rows>();
  // A stray row of only pipes ("| | |") holds nothing: it is left out, with a warning that names its line.
  for (const row of emptyRows) {
    sink.warn('table/empty-row', { file, line: row.line, column: row.column }, `Table row ${row.line} holds only pipes and no text; it is skipped`, 'a project row, or no line at all');
  }
  if (table.rows.length === 0) {
    // At the header (the table token's own place is not known yet when the table starts).
    sink.fail('table/no-rows', placeIn(file, table.header[0] ?? table), 'The overview table has a header but no row that could be read', 'a row per project below the header and delimiter rows ("| Name | ● | ○ | … |")');
  }
  checkTruncation(checked.last, text.endsWithBreak(), reader.last, table.header.length, file, sink);
  const abstract = prose.abstract();
  return {
    file,
    ...(title ? { title } : {}),
    table,
    headings: sections.headings,
    entries: options.entries,
    ...(abstract ? { abstract } : {}),
    figures: prose.figures,
    notes: prose.notes,
    footnotes: prose.footnotes,
    diagnostics: sink.diagnostics,
  };
}

/** Checks every line as it is first read: an empty file, binary data, a line too long (the first of each). */
class TextCheck {
  private line = 0;
  private blank = true;
  private binary: { line: number; column: number } | undefined;
  private long: { line: number; length: number } | undefined;
  /** The last line and its number (the truncation check reads it). */
  last: { text: string; line: number } | undefined;

  constructor(private readonly file: string) {}

  *lines(lines: Iterable<string>): Generator<string> {
    for (const text of lines) {
      this.line++;
      if (this.blank && text.trim() !== '') this.blank = false;
      // The first NUL or U+FFFD (what a byte that is not UTF-8 decodes to): binary data, or text in another encoding.
      if (!this.binary) {
        const bad = text.search(/[\u0000\uFFFD]/);
        if (bad >= 0) this.binary = { line: this.line, column: bad + 1 };
      }
      if (!this.long && text.length > MAX_LINE_LENGTH) this.long = { line: this.line, length: text.length };
      this.last = { text, line: this.line };
      yield text;
    }
  }

  done(sink: DiagnosticSink, _endsWithBreak: boolean): void {
    const file = this.file;
    if (this.blank) sink.fail('input/empty', { file, line: 1, column: 1 }, 'The file is empty', 'the survey README in markdown');
    if (this.binary) sink.fail('input/binary', { file, ...this.binary }, 'The file holds binary data or is not UTF-8 text', 'a UTF-8 markdown file');
    if (this.long) {
      const { line, length } = this.long;
      sink.fail('input/long-line', { file, line, column: MAX_LINE_LENGTH + 1 }, `Line ${line} is ${length} characters long`, `lines of at most ${MAX_LINE_LENGTH} characters`);
    }
  }
}

type ToIri = (url: string, place: SourcePlace) => string;

function rowWithIris(row: TableRow, iri: ToIri): TableRow {
  const cells = row.cells.map((cell): TableCell => {
    if (!cell.link) return cell;
    const url = iri(cell.link.url, cell);
    return url === cell.link.url ? cell : { ...cell, link: { ...cell.link, url } };
  });
  return cells.some((cell, i) => cell !== row.cells[i]) ? { ...row, cells } : row;
}

function entryWithIris(entry: SectionEntry, iri: ToIri): SectionEntry {
  const links = entry.links.map((link) => {
    const url = iri(link.url, link);
    return url === link.url ? link : { ...link, url };
  });
  return links.some((link, i) => link !== entry.links[i]) ? { ...entry, links } : entry;
}

export function offsetToPlace(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
