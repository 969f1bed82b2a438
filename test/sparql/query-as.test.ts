// SELECT and ASK results in the W3C formats, as Oxigraph writes them (expected texts written by hand from the specs:
// SPARQL 1.1 Query Results JSON, XML, CSV and TSV).
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';

const engine = createEngine(
  new Parser().parse(`@prefix ex: <http://example.org/> .
ex:a ex:label "say \\"hi\\", then\\nleave"@en ; ex:n 24 ; ex:x ex:b .`),
  { prefixes: { ex: 'http://example.org/' } },
);
const SELECT = 'SELECT ?p ?o ?none WHERE { ex:a ?p ?o } ORDER BY ?p';

describe('queryAs', () => {
  it('should write CSV: plain values, quoted where needed, CRLF between rows, empty for unbound', async () => {
    expect(await engine.queryAs(SELECT, 'text/csv')).toBe(
      'p,o,none\r\nhttp://example.org/label,"say ""hi"", then\nleave",\r\nhttp://example.org/n,24,\r\nhttp://example.org/x,http://example.org/b,\r\n',
    );
  });

  it('should write TSV: ?var header, terms in Turtle syntax, bare integers, escaped new lines', async () => {
    expect(await engine.queryAs(SELECT, 'text/tab-separated-values')).toBe(
      '?p\t?o\t?none\n<http://example.org/label>\t"say \\"hi\\", then\\nleave"@en\t\n<http://example.org/n>\t24\t\n<http://example.org/x>\t<http://example.org/b>\t\n',
    );
  });

  it('should write SPARQL XML and JSON, and ASK as a boolean', async () => {
    const xml = await engine.queryAs('SELECT ?o WHERE { ex:a ex:n ?o }', 'application/sparql-results+xml');
    expect(xml).toBe(
      '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="o"/></head><results><result><binding name="o"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">24</literal></binding></result></results></sparql>',
    );
    expect(JSON.parse(await engine.queryAs('SELECT ?o WHERE { ex:a ex:x ?o }', 'application/sparql-results+json'))).toEqual({
      head: { vars: ['o'] }, results: { bindings: [{ o: { type: 'uri', value: 'http://example.org/b' } }] },
    });
    expect(JSON.parse(await engine.queryAs('ASK { ex:a ?p ?o }', 'application/sparql-results+json'))).toEqual({ head: {}, boolean: true });
  });

  it('should refuse a graph query, whose results are no W3C results format', async () => {
    await expect(engine.queryAs('CONSTRUCT WHERE { ?s ?p ?o }', 'text/csv')).rejects.toThrow(/for SELECT and ASK results; this is a CONSTRUCT query/);
  });
});
