// SERVICE is found as SPARQL's lexer reads it (issue 15): the keyword in any case, wherever a graph pattern may hold
// it; never inside a string, an IRI, a comment, a variable or a prefixed name.
import { describe, expect, it } from 'vitest';
import { findService } from '../../src/serve/find-service.js';

describe('findService', () => {
  it.each([
    ['SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }', 1, 18],
    ['SELECT * WHERE {\n  service silent <http://x.example/sparql> { ?s ?p ?o }\n}', 2, 3],
    ['SELECT * WHERE { ?s ?p ?o .SERVICE ?endpoint { ?a ?b ?c } }', 1, 28],
    ['SELECT * WHERE { ?s ?p 42.SERVICE <http://x/> { } }', 1, 27],
    ['SELECT * WHERE { { ?s ?p ?o }SeRvIcE <http://x/> { } }', 1, 30],
    ['# SERVICE in a comment\nASK { SERVICE <http://x/> {} }', 2, 7],
  ])('should find SERVICE in %j at %i:%i', (sparql, line, column) => {
    expect(findService(sparql)).toEqual({ line, column });
  });

  it.each([
    'SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/>',
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }',
    "SELECT * WHERE { ?s ?p '''a\nSERVICE'''}",
    'SELECT * WHERE { ?s <http://x.example/SERVICE> ?o }',
    'PREFIX service: <http://x.example/> SELECT * WHERE { ?s service:p ?o }',
    'PREFIX ex: <http://x.example/> SELECT * WHERE { ?s ex:SERVICE ?o . ?s ex:a.SERVICE ?o }',
    'SELECT ?service WHERE { ?service a ?SERVICE }',
    'SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) FILTER(LANG(?o) = "x") }',
    'SELECT * WHERE { ?s ?p "x"@service }',
    'SELECT * WHERE { ?s ?p ?o } ORDER BY ?services',
  ])('should find none in %j', (sparql) => {
    expect(findService(sparql)).toBeUndefined();
  });
});
