// Query results → SPARQL 1.1 Query Results JSON and a readable table. (XML, CSV and TSV: the engine writes them, see
// SparqlEngine.queryAs.)
import type { Bindings, QueryResult, ResultTerm } from './sparql-engine.js';
import { PREFIXES } from '../vocab/namespaces.js';

type SelectResult = Extract<QueryResult, { type: 'bindings' }>;
type AskResult = Extract<QueryResult, { type: 'boolean' }>;

export function resultToJson(result: SelectResult | AskResult): string {
  if (result.type === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.value })}\n`;
  const body = { head: { vars: result.variables }, results: { bindings: result.rows } };
  return `${JSON.stringify(body, null, 2)}\n`;
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

/** `deai:Project` for an IRI in a namespace of `prefixes` (the longest that fits), `<iri>` otherwise. */
export function iriToPrefixedName(iri: string, prefixes: Readonly<Record<string, string>>): string {
  let best: readonly [string, string] | undefined;
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && /^[\w-]*$/.test(iri.slice(namespace.length)) && namespace.length > (best?.[1].length ?? -1)) best = [prefix, namespace];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}

function readable(term: ResultTerm, prefixes: Readonly<Record<string, string>>): string {
  if (term.type === 'uri') return iriToPrefixedName(term.value, prefixes);
  if (term.type === 'bnode') return `_:${term.value}`;
  // Language tags are left out here (json, csv and tsv keep them): the table is for reading.
  return term.value;
}
