// A TableModel → a GFM table with padded columns.
import type { TableModel } from './graph-to-table.js';

/**
 * Each column is padded to its longest *shown* text: a cell `[Bittensor](https://…)` counts as "Bittensor", so one
 * long link does not pad every row of the project column with a hundred spaces. Cells without links line up exactly.
 */
export function tableToMarkdown(table: TableModel): string {
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
  const all = [table.header, ...table.rows].map((row) => row.map(escape));
  const widths = table.header.map((_, i) => Math.max(3, ...all.map((row) => shownLength(row[i] ?? ''))));
  const line = (row: readonly string[]): string => `| ${widths.map((w, i) => pad(row[i] ?? '', w)).join(' | ')} |`;
  const [header, ...rows] = all;
  return [line(header ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

/** The length of the text a reader sees: a markdown link `[text](url)` shows as its text. */
function shownLength(cell: string): number {
  return [...cell.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')].length;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - shownLength(text)));
}
