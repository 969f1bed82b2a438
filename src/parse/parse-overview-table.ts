// The overview table (mdast `table`) → header and rows of cells with their places.
import type { Link, Nodes, Table, TableCell as MdTableCell } from 'mdast';
import { visit } from 'unist-util-visit';
import { nodeText, placeOf } from './markdown-tree.js';
import type { CellLink, OverviewTable, TableCell, TableRow } from './survey-types.js';

export function tableToOverview(table: Table): OverviewTable {
  const [headerRow, ...bodyRows] = table.children;
  const header = headerRow ? headerRow.children.map(cellToRecord) : [];
  const rows: TableRow[] = bodyRows.map((row) => ({ ...placeOf(row), cells: row.children.map(cellToRecord) }));
  return { ...placeOf(table), header, rows };
}

function cellToRecord(cell: MdTableCell): TableCell {
  const link = firstLink(cell);
  // Point at the content, not at the pipe: messages then show where the text is.
  const place = cell.children[0] ? placeOf(cell.children[0]) : { line: placeOf(cell).line, column: placeOf(cell).column + 1 };
  return { ...place, text: nodeText(cell), ...(link ? { link } : {}) };
}

function firstLink(cell: Nodes): CellLink | undefined {
  let found: Link | undefined;
  visit(cell, 'link', (node: Link) => {
    found ??= node;
  });
  return found ? { label: nodeText(found), url: found.url } : undefined;
}
