import { visit } from 'unist-util-visit';
import { nodeText, placeOf } from './markdown-tree.js';
export function tableToOverview(table) {
    const [headerRow, ...bodyRows] = table.children;
    const header = headerRow ? headerRow.children.map(cellToRecord) : [];
    const rows = bodyRows.map((row) => ({ ...placeOf(row), cells: row.children.map(cellToRecord) }));
    return { ...placeOf(table), header, rows };
}
function cellToRecord(cell) {
    const link = firstLink(cell);
    // Point at the content, not at the pipe: messages then show where the text is.
    const place = cell.children[0] ? placeOf(cell.children[0]) : { line: placeOf(cell).line, column: placeOf(cell).column + 1 };
    return { ...place, text: nodeText(cell), ...(link ? { link } : {}) };
}
function firstLink(cell) {
    let found;
    visit(cell, 'link', (node) => {
        found ??= node;
    });
    return found ? { label: nodeText(found), url: found.url } : undefined;
}
