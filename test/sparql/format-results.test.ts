import { describe, expect, it } from 'vitest';
import { iriToPrefixedName, resultToJson, resultToTable } from '../../src/sparql/format-results.js';
import { queryForm } from '../../src/sparql/query-form.js';
import type { QueryResult } from '../../src/sparql/sparql-engine.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const select: Extract<QueryResult, { type: 'bindings' }> = {
  type: 'bindings',
  variables: ['p', 'label', 'n', 'note'],
  rows: [
    { p: { type: 'uri', value: 'https://w3id.org/deai/ontology#Staking' }, label: { type: 'literal', value: 'Staking', 'xml:lang': 'en' }, n: { type: 'literal', value: '24', datatype: `${XSD}integer` } },
    { p: { type: 'uri', value: 'https://example.org/x y' }, label: { type: 'literal', value: 'say "hi", then\nleave' }, note: { type: 'bnode', value: 'b0' } },
  ],
};

describe('SPARQL result formats', () => {
  it('should write W3C JSON with head.vars and the bindings as given', () => {
    const json = JSON.parse(resultToJson(select));
    expect(json.head.vars).toEqual(['p', 'label', 'n', 'note']);
    expect(json.results.bindings[0].label).toEqual({ type: 'literal', value: 'Staking', 'xml:lang': 'en' });
    expect(JSON.parse(resultToJson({ type: 'boolean', value: false }))).toEqual({ head: {}, boolean: false });
  });

  it('should write a readable table with prefixed names and a row count', () => {
    const table = resultToTable(select);
    expect(table.split('\n')[0]).toMatch(/^p\s+│ label\s+│ n\s+│ note$/);
    expect(table).toContain('deai:Staking');
    expect(table).toContain('<https://example.org/x y>');
    expect(table.trimEnd().endsWith('2 rows')).toBe(true);
    expect(resultToTable({ type: 'bindings', variables: ['x'], rows: [] })).toContain('(no results)');
    expect(resultToTable({ type: 'boolean', value: true })).toBe('true\n');
  });
});

describe('queryForm', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', 'SELECT'],
    ['PREFIX ask: <http://x/#>\n# CONSTRUCT in a comment\nselect ?s { ?s ask:p "DESCRIBE" }', 'SELECT'],
    ['BASE <http://x/> PREFIX : <#> ASK { :a :b :c }', 'ASK'],
    ['CONSTRUCT WHERE { ?s ?p ?o }', 'CONSTRUCT'],
    ['DESCRIBE <http://x>', 'DESCRIBE'],
    ['INSERT DATA { <a> <b> <c> }', 'UPDATE'],
    ['PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }', 'UPDATE'],
    ['garbage', undefined],
  ])('should read the form of %j', (text, form) => {
    expect(queryForm(text)).toBe(form);
  });
});
