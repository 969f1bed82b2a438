// Query results → SPARQL 1.1 Query Results CSV, TSV and XML, for engines that do not write them: a remote store's own
// CSV and TSV differ from the W3C's (Virtuoso's TSV quotes IRIs as strings and its header has no "?"), so the remote
// engine reads the store's JSON and writes these here. In-process, Oxigraph writes them itself.
import { assertXmlText } from '../export/xml-text.js';
import { XSD } from '../vocab/namespaces.js';
import type { QueryResult, ResultTerm } from './sparql-engine.js';

type SelectResult = Extract<QueryResult, { type: 'bindings' }>;
type AskResult = Extract<QueryResult, { type: 'boolean' }>;

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

const NS = 'http://www.w3.org/2005/sparql-results#';

/** SPARQL Query Results XML; throws UnrepresentableError for a value XML 1.0 cannot carry (a C0 control character). */
export function resultToXml(result: SelectResult | AskResult): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<sparql xmlns="${NS}">`];
  if (result.type === 'boolean') {
    lines.push('  <head/>', `  <boolean>${result.value}</boolean>`);
  } else {
    lines.push('  <head>', ...result.variables.map((v) => `    <variable name="${escapeXml(v)}"/>`), '  </head>', '  <results>');
    for (const row of result.rows) {
      lines.push('    <result>');
      for (const name of result.variables) {
        const term = row[name];
        if (term) lines.push(`      <binding name="${escapeXml(name)}">${termToXml(term)}</binding>`);
      }
      lines.push('    </result>');
    }
    lines.push('  </results>');
  }
  lines.push('</sparql>', '');
  return lines.join('\n');
}

function termToXml(term: ResultTerm): string {
  assertXmlText(term.value, 'SPARQL results XML', 'the value');
  if (term.type === 'uri') return `<uri>${escapeXml(term.value)}</uri>`;
  if (term.type === 'bnode') return `<bnode>${escapeXml(term.value)}</bnode>`;
  const lang = term['xml:lang'];
  if (lang) return `<literal xml:lang="${escapeXml(lang)}">${escapeXml(term.value)}</literal>`;
  if (term.datatype) return `<literal datatype="${escapeXml(term.datatype)}">${escapeXml(term.value)}</literal>`;
  return `<literal>${escapeXml(term.value)}</literal>`;
}

/** Text and attribute values alike; a carriage return as a reference, or XML would read it back as a line feed. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#xD;'));
}
