// CSV cells that a spreadsheet would run as a formula, neutralised the OWASP way: a cell that starts with "=", "+",
// "-", "@", a tab or a carriage return gets a leading "'" (spreadsheets show the rest as text and hide the "'").
// A cell that already starts with "'" gets one more, so the mark can be taken off again exactly (load.cypher does).
//
// Used by the CSV meant for people and spreadsheets (`table -f csv|tsv`) and by the Neo4j CSV (issue 15). Not by the
// SPARQL CSV/TSV results: those are W3C data formats read by programs, and a changed value would be a wrong answer.

const FORMULA_START = /^[=+\-@\t\r']/;

export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The Cypher expression that takes the mark off a field again (LOAD CSV reads the cell as written). */
export function cypherUnmarked(field: string): string {
  return `CASE WHEN ${field} STARTS WITH "'" THEN substring(${field}, 1) ELSE ${field} END`;
}
