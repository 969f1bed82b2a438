// A TableModel → a GFM table with padded columns.
import type { TableModel } from './graph-to-table.js';

export function tableToMarkdown(table: TableModel): string {
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
  const all = [table.header, ...table.rows].map((row) => row.map(escape));
  const widths = table.header.map((_, i) => Math.max(3, ...all.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: readonly string[]): string => `| ${widths.map((w, i) => pad(row[i] ?? '', w)).join(' | ')} |`;
  const [header, ...rows] = all;
  return [line(header ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}
