// Quads → RDF/XML through rdflib.js: the graph comes back whole, including the literals rdflib.js escapes badly by itself.
import { DataFactory } from 'n3';
import * as $rdf from 'rdflib';
import { describe, expect, it } from 'vitest';
import { quadsToRdfXml } from '../../src/export/to-rdf-xml.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';
import { Parser } from 'n3';

const { namedNode, literal, quad } = DataFactory;
const S = namedNode('https://w3id.org/deai/project/x');

function reread(xml: string) {
  const store = $rdf.graph();
  $rdf.parse(xml, store, 'https://example.org/elsewhere/', 'application/rdf+xml');
  // rdflib.js terms → N-Triples → N3.js quads, so the comparison uses the same term model on both sides.
  return new Parser({ format: 'N-Triples' }).parse(store.statements.map((s) => `${s.subject.toNT()} ${s.predicate.toNT()} ${s.object.toNT()} .`).join('\n'));
}

describe('quadsToRdfXml', () => {
  it('should write the bundled survey as RDF/XML that reads back isomorphic, with absolute IRIs', async () => {
    const xml = quadsToRdfXml(seedGraph().quads);
    expect(xml).toContain('xmlns:deai="https://w3id.org/deai/ontology#"');
    expect(xml).toContain('rdf:about="https://w3id.org/deai/project/numerai"');
    expect(xml).not.toContain('xml:base');
    expect(await isomorphic(reread(xml), seedGraph().quads)).toBe(true);
  });

  it.each([
    ['markup characters', 'a < b & c > "d" \'e\''],
    ['the end of a CDATA section', 'x ]]> y'],
    ['a carriage return', 'line one\r\nline two\rthree'],
    ['tabs and line feeds', 'a\tb\nc'],
    ['non-ASCII', 'Ünïcode 深度 — Łódź 🚀'],
  ])('should keep a literal with %s', async (_title, value) => {
    const quads = [
      quad(S, namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal(value)),
      quad(S, namedNode('http://www.w3.org/2004/02/skos/core#altLabel'), literal(value, 'en')),
      quad(S, namedNode('https://w3id.org/deai/ontology#sourceLine'), literal('7', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
    ];
    const xml = quadsToRdfXml(quads);
    expect(xml).not.toMatch(/]]>/);
    expect(xml).not.toContain('\r');
    expect(await isomorphic(reread(xml), quads)).toBe(true);
  });

  it('should refuse a literal that XML 1.0 cannot carry', () => {
    expect(() => quadsToRdfXml([quad(S, namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal('form\u000Cfeed'))])).toThrow(
      expect.objectContaining({ name: 'UnrepresentableError', message: expect.stringContaining('U+000C') }),
    );
  });
});
