// The library's query(): a broken query throws a QuerySyntaxError with the fault's place in the user's text, the
// message in words and the offending line with a caret — what the viewer shows.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { createEngine, query, QuerySyntaxError } from '../../src/index.js';
import { seedGraph } from '../helpers/seed.js';
import { BROKEN_QUERIES } from './broken-queries.js';

async function failure(promise: Promise<unknown>): Promise<QuerySyntaxError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof QuerySyntaxError)) throw new Error(`expected a QuerySyntaxError, got ${String(error)}`);
  return error;
}

describe('A broken query given to query()', () => {
  it.each(BROKEN_QUERIES)('should be placed and explained: $title', async (broken) => {
    const error = await failure(query(seedGraph(), broken.sparql));
    expect({ line: error.line, column: error.column, code: error.code }).toEqual({ line: broken.line, column: broken.column, code: broken.code });
    expect(error.what).toBe(broken.what);
    expect(error.expected).toContain(broken.expected);
    expect(error.message.startsWith(`Line ${broken.line}, column ${broken.column}: ${broken.what}.`)).toBe(true);
  });

  it('should quote the offending line with a caret under the token at fault', async () => {
    const error = await failure(query(seedGraph(), 'SELECT ?x\nWHERE { ?x a dea:Project }'));
    expect(error.excerpt).toBe('  WHERE { ?x a dea:Project }\n               ^^^^');
    expect(error.message).toBe(
      'Line 2, column 14: unknown prefix "dea:". Expected a declaration PREFIX dea: <…> before the query (did you mean deai:?)\n  WHERE { ?x a dea:Project }\n               ^^^^',
    );
  });

  it('should place an error the engine alone finds on the user\'s line, not the line of the added prefixes', async () => {
    // sparqljs accepts a BIND to a variable already bound; Oxigraph does not, and only its position is left to go on.
    const error = await failure(query(seedGraph(), 'SELECT ?x WHERE {\n  BIND(1 AS ?x)\n  BIND(2 AS ?x)\n}'));
    expect(error.code).toBe('sparql/syntax');
    expect(error.line).toBe(4);
    expect(error.what).toMatch(/^the engine cannot read the query here/);
  });
});

describe('Predeclared prefixes', () => {
  it('should let a query use deai:, rdfs:, skos: and project: without declaring them', async () => {
    const result = await query(seedGraph(), 'SELECT ?label WHERE { project:bittensor rdfs:label ?label ; deai:coversStage/skos:prefLabel ?stage } LIMIT 1');
    expect(result.type === 'bindings' && result.rows[0]?.label?.value).toBe('Bittensor');
  });

  it('should let the query\'s own PREFIX win', async () => {
    const own = 'PREFIX deai: <http://example.org/not-deai#> ASK { ?p a deai:Project }';
    expect(await query(seedGraph(), own)).toEqual({ type: 'boolean', value: false });
    expect(await query(seedGraph(), 'ASK { ?p a deai:Project }')).toEqual({ type: 'boolean', value: true });
  });

  it('should follow the base of a graph built under another base', async () => {
    const engine = createEngine(
      [DataFactory.quad(DataFactory.namedNode('http://example.org/kg/project/x'), DataFactory.namedNode('http://example.org/p'), DataFactory.literal('1'))],
      { prefixes: { project: 'http://example.org/kg/project/' } },
    );
    expect(await engine.query('ASK { project:x ?p "1" }')).toEqual({ type: 'boolean', value: true });
  });
});
