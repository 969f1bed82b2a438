import { describe, expect, it } from 'vitest';
import { sourceExcerpt } from '../../src/errors.js';
import { describeExpected, nearest } from '../../src/sparql/expected-words.js';
import { withPrefixes } from '../../src/sparql/prefixed-query.js';
import { queryIris } from '../../src/sparql/absent-terms.js';
import { declaredPrefixes, offsetOf, placeOf, sparqlTokens } from '../../src/sparql/sparql-tokens.js';

describe('sparqlTokens', () => {
  it('should read IRIs, prefixed names, variables, strings, numbers and operators with their offsets, skipping comments', () => {
    const tokens = sparqlTokens('PREFIX ex: <http://x/#a> # note\nSELECT ?x { ?x ex:p "a \\" b"@en , :q . FILTER(?x <= -1.5e3) }');
    expect(tokens.map((t) => `${t.type} ${t.text} ${t.offset}`)).toEqual([
      'word PREFIX 0', 'pname ex: 7', 'iri <http://x/#a> 11', 'word SELECT 32', 'var ?x 39', 'punct { 42', 'var ?x 44', 'pname ex:p 47',
      'string "a \\" b" 52', 'langtag @en 60', 'punct , 64', 'pname :q 66', 'punct . 69', 'word FILTER 71', 'punct ( 77', 'var ?x 78',
      'punct <= 81', 'punct - 84', 'number 1.5e3 85', 'punct ) 90', 'punct } 92',
    ]);
  });

  it('should read "<" as less-than where no IRI can start, and keep an unclosed string as one token', () => {
    expect(sparqlTokens('FILTER(?a < ?b)').map((t) => t.text)).toEqual(['FILTER', '(', '?a', '<', '?b', ')']);
    expect(sparqlTokens('?s ?p "abc }').at(-1)).toEqual({ type: 'unclosed-string', text: '"abc }', offset: 6 });
  });

  it('should find the prefixes a query declares, not the prefixed names it uses', () => {
    expect([...declaredPrefixes(sparqlTokens('PREFIX a: <http://a/> prefix : <http://b/> SELECT * { ?s a:p c:o }'))]).toEqual([['a', 'http://a/'], ['', 'http://b/']]);
  });

  it('should turn offsets into lines and columns and back, across CRLF and characters outside the BMP', () => {
    const text = 'a\r\nb😀c\nd';
    expect(placeOf(text, text.indexOf('c'))).toEqual({ line: 2, column: 3 });
    expect(offsetOf(text, 2, 3)).toBe(text.indexOf('c'));
    expect(offsetOf(text, 3, 1)).toBe(text.indexOf('d'));
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});

describe('sourceExcerpt', () => {
  it('should quote the line and put carets under the fault, keeping tabs so the caret lines up', () => {
    expect(sourceExcerpt('x\n\tSELECT ?a', 2, 9, 2)).toBe('  \tSELECT ?a\n  \t       ^^');
  });

  it('should cut a long line to a window around the fault', () => {
    const line = `${'a'.repeat(150)}X${'b'.repeat(150)}`;
    const [quoted, caret] = sourceExcerpt(line, 1, 151).split('\n') as [string, string];
    expect(quoted).toBe(`  …${'a'.repeat(50)}X${'b'.repeat(49)}…`);
    expect(caret).toBe(`   ${' '.repeat(50)}^`);
  });
});

describe('expected words', () => {
  it('should suggest the nearest word only for a plausible typo', () => {
    expect(nearest('LIMT', ['LIMIT', 'OFFSET'])).toBe('LIMIT');
    expect(nearest('dea', ['deai', 'rdf'])).toBe('deai');
    expect(nearest('SELCET', ['SELECT'])).toBe('SELECT');
    expect(nearest('xyz', ['deai', 'rdf'])).toBeUndefined();
  });

  it('should say a short list in words and a long one by kind', () => {
    expect(describeExpected(["')'"].map((e) => e.slice(1, -1)))).toBe('`)`');
    expect(describeExpected(['BY'])).toBe('BY');
    expect(describeExpected(['EOF', 'VALUES'])).toBe('the end of the query or VALUES');
    expect(describeExpected(['IRIREF', 'PNAME_LN', 'VAR', 'STRING_LITERAL1', 'INTEGER', '[', '('])).toBe('a variable, IRI or literal');
    expect(describeExpected(['}', ')', '.', 'VAR', 'IRIREF', 'FILTER'], '{')).toBe('`}`, `.`, a term (variable, IRI or literal) or FILTER');
  });
});

describe('withPrefixes', () => {
  it('should add the prefixes a query does not declare on one line of their own', () => {
    expect(withPrefixes('PREFIX deai: <http://other#>\nASK {}', { deai: 'https://w3id.org/deai/ontology#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#' })).toEqual({
      text: 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX deai: <http://other#>\nASK {}',
      lineShift: 1,
      prefixes: { rdfs: 'http://www.w3.org/2000/01/rdf-schema#' },
    });
    expect(withPrefixes('ASK {}', {})).toEqual({ text: 'ASK {}', lineShift: 0, prefixes: {} });
  });
});

describe('queryIris', () => {
  it('should list the IRIs a query names, expanded, without those of its prologue', () => {
    expect(queryIris('PREFIX ex: <http://ex/> BASE <http://b/> SELECT * { ?s a deai:Project ; ex:p <http://o> , ex:a\\.b }', { deai: 'https://w3id.org/deai/ontology#' })).toEqual([
      'https://w3id.org/deai/ontology#Project', 'http://ex/p', 'http://o', 'http://ex/a.b',
    ]);
  });
});
