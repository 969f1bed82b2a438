// The result cap rewrites SELECT queries into a subquery under LIMIT, keeping the prologue outside.
import { describe, expect, it } from 'vitest';
import { capSelectQuery } from '../../src/serve/cap-query.js';
import { createEngine } from '../../src/index.js';
import { seedGraph } from '../helpers/seed.js';

describe('Capping a SELECT query', () => {
  it('wraps the query after its prologue, so PREFIX and BASE still apply', () => {
    const capped = capSelectQuery('# a comment\nPREFIX deai: <https://w3id.org/deai/ontology#>\nBASE <http://x/>\nselect ?p { ?p a deai:Project }', 11);
    expect(capped).toBe('# a comment\nPREFIX deai: <https://w3id.org/deai/ontology#>\nBASE <http://x/>\nSELECT ?p WHERE {\nselect ?p { ?p a deai:Project }\n} LIMIT 11');
  });

  it('projects the inner query\'s variables by name, expressions\' too, in their order', () => {
    expect(capSelectQuery('SELECT DISTINCT ?z (COUNT(?x) AS ?n) ("}{" AS $s) ?a WHERE { ?z ?x ?a } GROUP BY ?z ?a', 5)).toMatch(/^SELECT \?z \?n \?s \?a WHERE \{\n/);
    expect(capSelectQuery('SELECT ?a FROM <http://g> { ?a ?b ?c }', 5)).toMatch(/^SELECT \?a WHERE/);
  });

  it('leaves SELECT * alone: wrapped, the engine would order its columns differently', () => {
    expect(capSelectQuery('SELECT * WHERE { ?s ?p ?o }', 5)).toBeUndefined();
    expect(capSelectQuery('SELECT REDUCED * { ?s ?p ?o }', 5)).toBeUndefined();
  });

  it('leaves ASK, CONSTRUCT, DESCRIBE and text that is no query alone', () => {
    for (const q of ['ASK { ?s ?p ?o }', 'CONSTRUCT WHERE { ?s ?p ?o }', 'DESCRIBE <http://x>', '{ oops', 'PREFIX : <x> ASK {}']) expect(capSelectQuery(q, 5)).toBeUndefined();
  });

  it('keeps the inner order and column order, and stops a cross product at the cap', async () => {
    const engine = createEngine(seedGraph().quads);
    const ordered = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?p ?name WHERE { ?p rdfs:label ?name } ORDER BY DESC(?name)';
    const full = await engine.query(ordered);
    const capped = await engine.query(capSelectQuery(ordered, 3) as string);
    if (full.type !== 'bindings' || capped.type !== 'bindings') throw new Error('expected bindings');
    expect(capped.variables).toEqual(['p', 'name']);
    expect(capped.rows).toEqual(full.rows.slice(0, 3));
    const started = performance.now();
    const product = await engine.query(capSelectQuery('SELECT ?a ?f WHERE { ?a ?b ?c . ?d ?e ?f }', 5) as string);
    expect(product.type === 'bindings' && product.rows.length).toBe(5);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
