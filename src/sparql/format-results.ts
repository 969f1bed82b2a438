// Query results → the W3C formats (SPARQL 1.1 Query Results JSON, CSV, TSV) and a readable table.
import type { Bindings, QueryResult, ResultTerm } from './sparql-engine.js';
import { PREFIXES, XSD } from '../vocab/namespaces.js';

type SelectResult = Extract<QueryResult, { type: 'bindings' }>;
type AskResult = Extract<QueryResult, { type: 'boolean' }>;

export function resultToJson(result: SelectResult | AskResult): string {
  if (result.type === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.value })}\n`;
  const body = { head: { vars: result.variables }, results: { bindings: result.rows } };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** SPARQL 1.1 Query Results CSV: plain values, CRLF line ends, quoting where needed. */
export function resultToCsv(result: SelectResult): string {
  const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [result.variables.map(quote).join(','), ...result.rows.map((row) => result.variables.map((v) => quote(csvValue(row[v]))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function csvValue(term: ResultTerm | undefined): string {
  if (!term) return '';
  return term.type === 'bnode' ? `_:${term.value}` : term.value;
}

/** SPARQL 1.1 Query Results TSV: "?var" header, terms in Turtle syntax. */
export function resultToTsv(result: SelectResult): string {
  const lines = [result.variables.map((v) => `?${v}`).join('\t'), ...result.rows.map((row) => result.variables.map((v) => tsvTerm(row[v])).join('\t'))];
  return `${lines.join('\n')}\n`;
}

function tsvTerm(term: ResultTerm | undefined): string {
  if (!term) return '';
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return `_:${term.value}`;
  if (term.datatype === XSD('integer') && /^[+-]?\d+$/.test(term.value)) return term.value;
  const lexical = `"${term.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
  if (term['xml:lang']) return `${lexical}@${term['xml:lang']}`;
  if (term.datatype && term.datatype !== XSD('string')) return `${lexical}^^<${term.datatype}>`;
  return lexical;
}

/** A table for people: prefixed names, literal values without tags, columns padded; "(no results)" when empty. */
export function resultToTable(result: SelectResult | AskResult, prefixes: Readonly<Record<string, string>> = PREFIXES): string {
  if (result.type === 'boolean') return `${result.value}\n`;
  const show = (term: ResultTerm | undefined): string => (term ? readable(term, prefixes) : '');
  const rows: string[][] = result.rows.map((row: Bindings) => result.variables.map((v) => show(row[v]).replace(/\s+/g, ' ')));
  const header = [...result.variables];
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const count = `${rows.length} row${rows.length === 1 ? '' : 's'}`;
  if (rows.length === 0) return `${line(header)}\n${rule}\n(no results)\n`;
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n${count}\n`;
}

function readable(term: ResultTerm, prefixes: Readonly<Record<string, string>>): string {
  if (term.type === 'uri') {
    for (const [prefix, iri] of Object.entries(prefixes)) {
      const local = term.value.slice(iri.length);
      if (term.value.startsWith(iri) && /^[\w-]*$/.test(local)) return `${prefix}:${local}`;
    }
    return `<${term.value}>`;
  }
  if (term.type === 'bnode') return `_:${term.value}`;
  // Language tags are left out here (json, csv and tsv keep them): the table is for reading.
  return term.value;
}
