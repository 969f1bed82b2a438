// A file cut short (a download that stopped, a copy that lost its end) leaves its last line unfinished: say so, not "bad cell".
import type { DiagnosticSink } from '../errors.js';
import type { OverviewTable } from './survey-types.js';

/**
 * Fails with input/truncated when the text does not end with a line break and its last line stops inside a
 * link, inside bold text, or in the middle of a table row (fewer cells than the header, no closing pipe).
 * A complete file may lack the final line break; it is the unfinished last line that shows the cut.
 */
export function checkTruncation(text: string, table: OverviewTable, file: string, sink: DiagnosticSink): void {
  if (text === '' || text.endsWith('\n') || text.endsWith('\r')) return;
  const start = text.lastIndexOf('\n') + 1;
  const last = text.slice(start);
  const line = text.slice(0, start).split('\n').length;
  const place = { file, line, column: last.length + 1 };
  const expected = 'the whole file; it ends without a line break in the middle of a line, so download or copy it again';
  const lastRow = table.rows.at(-1);
  if (lastRow && lastRow.line === line && lastRow.cells.length < table.header.length && !last.trimEnd().endsWith('|')) {
    sink.fail('input/truncated', place, `The file ends in the middle of a table row: line ${line} has ${lastRow.cells.length} of ${table.header.length} cells`, expected);
  }
  const unfinished = unfinishedMarkup(last);
  if (unfinished) sink.fail('input/truncated', place, `The file ends inside ${unfinished} on line ${line}`, expected);
}

function unfinishedMarkup(line: string): string | undefined {
  if (/\]\([^)\s]*$/.test(line)) return 'a link address';
  let depth = 0;
  for (const c of line) {
    if (c === '[') depth++;
    else if (c === ']' && depth > 0) depth--;
  }
  if (depth > 0) return 'a link';
  if ((line.match(/\*\*/g) ?? []).length % 2 === 1) return 'bold text';
  return undefined;
}
