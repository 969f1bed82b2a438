// One table row → its cells resolved against the columns: marks to support levels, assumption cells to concepts.
// A function of the row and the resolution context alone, so rows can be resolved one at a time as they stream.
import { placeIn } from '../errors.js';
import type { TableCell, TableRow } from '../parse/survey-types.js';
import { withoutMarkers } from '../parse/footnote-markers.js';
import { cellToAssumptions } from './resolve-assumptions.js';
import type { ResolveContext } from './resolve-context.js';
import type { ResolvedAssumptionCell, ResolvedColumn, ResolvedMark, ResolvedRow, ResolvedText } from './resolved-types.js';

export function resolveRow(row: TableRow, label: string, columns: readonly ResolvedColumn[], ctx: ResolveContext): ResolvedRow {
  checkCellCount(row, columns.length, ctx);
  const marks: ResolvedMark[] = [];
  const assumptions: ResolvedAssumptionCell[] = [];
  const texts: ResolvedText[] = [];
  for (const column of columns) {
    const cell = row.cells[column.index] as TableCell;
    if (column.kind === 'criterion') {
      const mark = cell.text.includes('[^') ? withoutMarkers(cell.text) : cell.text;
      marks.push({ column, cell, mark, level: markToLevel(cell, mark, column, label, ctx), notes: ctx.notes.forMarkers(cell.text) });
    }
    else if (column.kind === 'assumption') assumptions.push({ column, cell, assumptions: cell.text === '' ? [] : cellToAssumptions(cell, ctx) });
    else if (column.kind === 'text') texts.push({ column, cell });
  }
  const name = row.cells[0] as TableCell;
  return { line: row.line, column: row.column, name, ...(name.link ? { reference: name.link } : {}), marks, assumptions, texts };
}

function markToLevel(cell: TableCell, mark: string, column: ResolvedColumn, label: string, ctx: ResolveContext): string {
  const level = ctx.ontology.levels.get(mark);
  if (level) return level;
  const marks = [...ctx.ontology.levels.keys()].join(' ');
  return ctx.sink.fail(
    'table/unknown-mark',
    placeIn(ctx.file, cell),
    `Cell "${column.header.text}" of "${label}" holds "${cell.text}", which is not a support mark`,
    `one of ${marks} (full, partial, none)`,
  );
}

/** Too few cells is an error; extra cells are an error unless they are empty (then a warning). */
function checkCellCount(row: TableRow, expected: number, ctx: ResolveContext): void {
  const name = row.cells[0]?.text ?? '';
  if (row.cells.length < expected) {
    const last = row.cells.at(-1) ?? row;
    ctx.sink.fail(
      'table/missing-cells',
      { file: ctx.file, line: row.line, column: last.column },
      `The row of "${name}" has ${row.cells.length} cells`,
      `${expected} cells, one per header column`,
    );
  }
  for (const extra of row.cells.slice(expected)) {
    if (extra.text !== '') {
      ctx.sink.fail(
        'table/extra-cells',
        placeIn(ctx.file, extra),
        `The row of "${name}" has ${row.cells.length} cells; cell ${expected + 1} holds "${extra.text}" under no header`,
        `${expected} cells, one per header column`,
      );
    }
    ctx.sink.warn(
      'table/extra-cell',
      placeIn(ctx.file, extra),
      `The row of "${name}" has an empty cell ${row.cells.indexOf(extra) + 1} beyond the ${expected} header columns; it is ignored`,
      `${expected} cells: remove the trailing "|   |"`,
    );
  }
}
