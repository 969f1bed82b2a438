// A file cut short (a download that stopped, a copy that lost its end) leaves its last line unfinished: say so, not "bad cell".
import type { DiagnosticSink } from '../errors.js';
import type { TableRow } from './survey-types.js';

/**
 * Fails with input/truncated when the text does not end with a line break and its last line stops inside a
 * link, inside bold text, or in the middle of a table row (fewer cells than the header, no closing pipe).
 * A complete file may lack the final line break; it is the unfinished last line that shows the cut.
 */
export function checkTruncation(
  lastLine: { readonly text: string; readonly line: number } | undefined,
  endsWithBreak: boolean,
  lastRow: TableRow | undefined,
  headerLength: number,
  file: string,
  sink: DiagnosticSink,
): void {
  if (!lastLine || endsWithBreak) return;
  const { text: last, line } = lastLine;
  const place = { file, line, column: last.length + 1 };
  const expected = 'the whole file; it ends without a line break in the middle of a line, so download or copy it again';
  if (lastRow && lastRow.line === line && lastRow.cells.length < headerLength && !last.trimEnd().endsWith('|')) {
    sink.fail('input/truncated', place, `The file ends in the middle of a table row: line ${line} has ${lastRow.cells.length} of ${headerLength} cells`, expected);
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
