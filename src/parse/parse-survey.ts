// Survey markdown → typed records (table cells, section entries, headings) with source places.
import { DiagnosticSink, placeIn } from '../errors.js';
import { checkLink } from './check-link.js';
import { checkTruncation } from './check-truncation.js';
import { markdownInline, SourceLines, streamMarkdown } from './markdown-tokens.js';
import { OverviewTableReader } from './parse-overview-table.js';
import { ProseReader } from './parse-prose.js';
import { SectionWalker } from './parse-sections.js';
import type { OverviewTable, SectionEntry, SourcePlace, Survey, TableCell, TableRow } from './survey-types.js';

export interface ParseOptions {
  /** Name used in messages and provenance; defaults to "survey.md". */
  readonly file?: string;
}

/** Longest line accepted; longer lines are almost always a corrupt or non-markdown file. */
export const MAX_LINE_LENGTH = 100_000;

/**
 * Parses the survey. Throws InputError (with file:line:column) for input that cannot be read as a
 * survey; returns warnings for anything kept but suspicious.
 */
export function parseSurvey(source: string, options: ParseOptions = {}): Survey {
  const file = options.file ?? 'survey.md';
  const sink: DiagnosticSink = new DiagnosticSink();
  // CRLF (Windows) and a bare CR (classic Mac OS) end lines as LF does: markdown-it reads all three, and every place
  // is counted in the same lines an editor shows. A bare CR once made every row unreadable (issue 15).
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  checkText(text, file, sink);
  const lines = new SourceLines(text);
  const sections = new SectionWalker(lines, file, sink);
  const prose = new ProseReader(lines);
  let reader: OverviewTableReader | undefined;
  let tables = 0;
  let title: string | undefined;
  streamMarkdown(text, {
    block(tokens) {
      const heading = sections.block(tokens);
      if (heading) prose.heading(heading.depth);
      else prose.block(tokens);
      if (heading && heading.depth === 1 && title === undefined) title = heading.title.replace(/^[^\p{L}\p{N}]+/u, '');
    },
    tableStart(open) {
      prose.tableStart();
      if (tables++ === 0) reader = new OverviewTableReader(open, lines, markdownInline);
      else sink.warn('table/extra', placeIn(file, lines.blockPlace(open)), 'A second table is not read; only the first (overview) table is', 'one overview table');
    },
    tableRow(row) {
      if (tables === 1) reader?.row(row);
    },
    tableEnd() {},
  });
  if (!reader) {
    sink.fail(
      'table/missing',
      { file, line: 1, column: 1 },
      'No overview table was found',
      'a GFM table whose header row starts with "| Project |" and lists the stages and capabilities',
    );
  }
  const read = withoutEmptyRows(reader.table(), file, sink);
  if (read.rows.length === 0) {
    // At the header (the table token's own place is not known yet when the table starts).
    sink.fail('table/no-rows', placeIn(file, read.header[0] ?? read), 'The overview table has a header but no row that could be read', 'a row per project below the header and delimiter rows ("| Name | ● | ○ | … |")');
  }
  checkTruncation(text, read, file, sink);
  // Every link is replaced by the IRI it is written as (checkLink percent-encodes what an IRI forbids, or fails);
  // records are copied only where that changes a link.
  const iri = (url: string, place: SourcePlace): string => checkLink(url, place, file, sink, lines.line(place.line - 1));
  const table = { ...read, rows: read.rows.map((row) => rowWithIris(row, iri)) };
  const { headings } = sections;
  const entries = sections.entries.map((entry) => entryWithIris(entry, iri));

  const abstract = prose.abstract();
  return {
    file,
    ...(title ? { title } : {}),
    table,
    headings,
    entries,
    ...(abstract ? { abstract } : {}),
    figures: prose.figures,
    notes: prose.notes,
    footnotes: prose.footnotes,
    diagnostics: sink.diagnostics,
  };
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

/** A stray row of only pipes ("| | |") holds nothing: it is left out, with a warning that names its line. */
function withoutEmptyRows(table: OverviewTable, file: string, sink: DiagnosticSink): OverviewTable {
  const rows = table.rows.filter((row) => {
    if (row.cells.some((cell) => cell.text !== '')) return true;
    sink.warn('table/empty-row', { file, line: row.line, column: row.column }, `Table row ${row.line} holds only pipes and no text; it is skipped`, 'a project row, or no line at all');
    return false;
  });
  return rows.length === table.rows.length ? table : { ...table, rows };
}

function checkText(text: string, file: string, sink: DiagnosticSink): void {
  if (text.trim() === '') {
    sink.fail('input/empty', { file, line: 1, column: 1 }, 'The file is empty', 'the survey README in markdown');
  }
  // The first NUL or U+FFFD (what a byte that is not UTF-8 decodes to): binary data, or text in another encoding.
  const bad = text.search(/[\u0000\uFFFD]/);
  if (bad >= 0) {
    const { line, column } = offsetToPlace(text, bad);
    sink.fail('input/binary', { file, line, column }, 'The file holds binary data or is not UTF-8 text', 'a UTF-8 markdown file');
  }
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    if (i - start > MAX_LINE_LENGTH) {
      sink.fail(
        'input/long-line',
        { file, line, column: MAX_LINE_LENGTH + 1 },
        `Line ${line} is ${i - start} characters long`,
        `lines of at most ${MAX_LINE_LENGTH} characters`,
      );
    }
    line++;
    start = i + 1;
  }
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
