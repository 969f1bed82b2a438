// Query results → SPARQL Query Results XML Format (W3C, https://www.w3.org/TR/rdf-sparql-XMLres/).
import { assertXmlText } from '../export/xml-text.js';
import type { QueryResult, ResultTerm } from './sparql-engine.js';

type SelectResult = Extract<QueryResult, { type: 'bindings' }>;
type AskResult = Extract<QueryResult, { type: 'boolean' }>;

const NS = 'http://www.w3.org/2005/sparql-results#';

/** Throws UnrepresentableError for a value XML 1.0 cannot carry (a C0 control character). */
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
