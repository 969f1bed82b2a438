import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { createOxigraphEngine, LOAD_CHUNK } from '../../src/sparql/oxigraph-engine.js';

const { namedNode, literal, quad } = DataFactory;

describe('createOxigraphEngine', () => {
  it('should load graphs larger than one chunk completely (no single giant N-Quads string)', async () => {
    const n = 2 * LOAD_CHUNK + 7;
    const quads = Array.from({ length: n }, (_, i) => quad(namedNode(`https://example.org/s${i % 997}`), namedNode('https://example.org/p'), literal(String(i))));
    const engine = createOxigraphEngine(quads);
    const result = await engine.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(result.type === 'bindings' && result.rows[0]?.n?.value).toBe(String(n));
  });

  it('should refuse SPARQL Update before touching the store', async () => {
    await expect(createOxigraphEngine([]).query('INSERT DATA { <a:b> <a:c> <a:d> }')).rejects.toMatchObject({ name: 'QuerySyntaxError' });
  });
});
