import { describe, expect, it } from 'vitest';
import { predeclaredPrefixes } from '../../src/sparql/prefixes.js';

describe('predeclaredPrefixes', () => {
  it('should list the vocabularies, then the instance bases under the default base', () => {
    const prefixes = predeclaredPrefixes();
    expect(Object.keys(prefixes)).toEqual([
      'deai', 'rdf', 'rdfs', 'owl', 'xsd', 'skos', 'dcterms', 'prov', 'schema', 'foaf', 'void', 'dcat', 'bibo',
      'project', 'paper', 'assumption', 'stage', 'criterion', 'survey', 'dataset',
    ]);
    expect(prefixes.deai).toBe('https://w3id.org/deai/ontology#');
    expect(prefixes.bibo).toBe('http://purl.org/ontology/bibo/');
    expect(prefixes.project).toBe('https://w3id.org/deai/project/');
  });

  it('should put the instance bases under the base a build uses', () => {
    expect(predeclaredPrefixes('http://example.org/kg/').project).toBe('http://example.org/kg/project/');
  });
});
