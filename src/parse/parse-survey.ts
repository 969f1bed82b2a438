// Survey markdown → typed records (table cells, section entries, headings) with source places.
import { DiagnosticSink, placeIn } from '../errors.js';
import { checkLink } from './check-link.js';
import { checkTruncation } from './check-truncation.js';
import { markdownInline, SourceLines, streamMarkdown } from './markdown-tokens.js';
import { OverviewTableReader } from './parse-overview-table.js';
import { ProseReader } from './parse-prose.js';
import { SectionWalker } from './parse-sections.js';
import type { OverviewTable, Survey } from './survey-types.js';

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
export function parseSurvey(text: string, options: ParseOptions = {}): Survey {
  const file = options.file ?? 'survey.md';
  const sink: DiagnosticSink = new DiagnosticSink();
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
  const table = withoutEmptyRows(reader.table(), file, sink);
  checkTruncation(text, table, file, sink);
  const { headings, entries } = sections;

  for (const row of table.rows) for (const cell of row.cells) if (cell.link) checkLink(cell.link.url, cell, file, sink);
  for (const entry of entries) for (const link of entry.links) checkLink(link.url, link, file, sink);

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
