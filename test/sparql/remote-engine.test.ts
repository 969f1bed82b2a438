// The remote engine against an endpoint played by a fetch stand-in: what it sends (query with the predeclared
// prefixes it lacks, default-graph-uri, Accept) and how stores' answers become the W3C result shapes.
import { describe, expect, it } from 'vitest';
import type { AuthedFetch } from '../../src/push/authed-fetch.js';
import { createRemoteEngine } from '../../src/sparql/remote-engine.js';

interface Asked {
  readonly query: string | null;
  readonly graph: string | null;
  readonly accept: string;
}

function endpoint(answer: (asked: Asked) => Response): { fetch: AuthedFetch; asked: Asked[] } {
  const asked: Asked[] = [];
  const fetch: AuthedFetch = async (_url, request) => {
    const form = new URLSearchParams(String(request.body));
    const one = { query: form.get('query'), graph: form.get('default-graph-uri'), accept: request.headers?.accept ?? '' };
    asked.push(one);
    return { response: answer(one), auth: 'none' };
  };
  return { fetch, asked };
}

const URL_ = new URL('http://127.0.0.1:8890/sparql');
const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/sparql-results+json', ...headers } });

describe('The remote engine', () => {
  it('sends the query with the predeclared prefixes it does not declare, and the default graph', async () => {
    const { fetch, asked } = endpoint(() => json({ head: { vars: ['n'] }, results: { bindings: [] } }));
    const engine = createRemoteEngine({ endpoint: URL_, fetch, defaultGraph: 'https://w3id.org/deai/dataset', prefixes: { deai: 'https://w3id.org/deai/ontology#', skos: 'http://www.w3.org/2004/02/skos/core#' } });
    await engine.query('PREFIX skos: <http://example.org/mine#>\nSELECT ?n WHERE { ?n a deai:Project }');
    expect(asked).toEqual([
      {
        query: 'PREFIX deai: <https://w3id.org/deai/ontology#>\nPREFIX skos: <http://example.org/mine#>\nSELECT ?n WHERE { ?n a deai:Project }',
        graph: 'https://w3id.org/deai/dataset',
        accept: 'application/sparql-results+json',
      },
    ]);
  });

  it("reads Virtuoso's typed-literal terms and explicit xsd:string as the W3C format has them", async () => {
    const { fetch } = endpoint(() =>
      json({
        head: { link: [], vars: ['n', 's', 'l', 'u'] },
        results: {
          distinct: false,
          ordered: true,
          bindings: [
            {
              n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '53' },
              s: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#string', value: 'plain' },
              l: { type: 'literal', 'xml:lang': 'en', value: 'Compute' },
              u: { type: 'uri', value: 'https://w3id.org/deai/ontology#Compute' },
            },
          ],
        },
      }),
    );
    expect(await createRemoteEngine({ endpoint: URL_, fetch }).query('SELECT * WHERE { ?s ?p ?o }')).toEqual({
      type: 'bindings',
      variables: ['n', 's', 'l', 'u'],
      rows: [
        {
          n: { type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '53' },
          s: { type: 'literal', value: 'plain' },
          l: { type: 'literal', 'xml:lang': 'en', value: 'Compute' },
          u: { type: 'uri', value: 'https://w3id.org/deai/ontology#Compute' },
        },
      ],
    });
  });

  it('answers ASK, and CONSTRUCT with sorted triples asked for as N-Triples', async () => {
    const { fetch, asked } = endpoint((a) =>
      a.accept.includes('n-triples')
        ? new Response('<https://x.example/b>\t<https://x.example/p>\t"2" .\n<https://x.example/a>\t<https://x.example/p>\t"1" .\n', { headers: { 'content-type': 'application/n-triples; charset=UTF-8' } })
        : json({ head: {}, boolean: true }),
    );
    const engine = createRemoteEngine({ endpoint: URL_, fetch });
    expect(await engine.query('ASK { ?s ?p ?o }')).toEqual({ type: 'boolean', value: true });
    const graph = await engine.query('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }');
    expect(graph.type === 'quads' && graph.quads.map((q) => `${q.subject.value} ${q.object.value}`)).toEqual(['https://x.example/a 1', 'https://x.example/b 2']);
    expect(asked[1]?.accept).toBe('application/n-triples, text/turtle;q=0.9');
  });

  it("makes Virtuoso's silent cut at ResultSetMaxRows an error that says what to do", async () => {
    const { fetch } = endpoint(() => json({ head: { vars: ['s'] }, results: { bindings: [] } }, { 'x-sparql-maxrows': '10000' }));
    await expect(createRemoteEngine({ endpoint: URL_, fetch }).query('SELECT ?s WHERE { ?s ?p ?o }')).rejects.toThrow(
      "http://127.0.0.1:8890/sparql cut the answer at 10000 rows (Virtuoso's ResultSetMaxRows): ask for fewer with LIMIT and OFFSET, or raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini",
    );
  });

  it("reports a query the store refuses at the place in the user's text, and refuses updates without asking", async () => {
    const { fetch, asked } = endpoint(
      () => new Response("Virtuoso 37000 Error SP031: SPARQL: Internal error, line 3: unsupported here\n\nSPARQL query:\ndefine sql:big-data-const 0 PREFIX deai: <https://w3id.org/deai/ontology#>\nSELECT ?s\nWHERE { ?s ?p ?o }", { status: 400 }),
    );
    const engine = createRemoteEngine({ endpoint: URL_, fetch, prefixes: { deai: 'https://w3id.org/deai/ontology#' } });
    // The query is valid SPARQL, so the store's own words are the diagnosis, at the user's line 2 (the prefixes took a line).
    await expect(engine.query('SELECT ?s\nWHERE { ?s ?p ?o }')).rejects.toMatchObject({
      name: 'QuerySyntaxError',
      code: 'sparql/syntax',
      what: 'the engine cannot read the query here (the store refused the query: Virtuoso 37000 Error SP031: SPARQL: Internal error, line 2: unsupported here)',
      line: 2,
      column: 1,
    });
    // A query that is not SPARQL is explained as in-process (here by sparqljs), at its own place.
    await expect(engine.query('SELECT ?s\nWHERE { ?s ?p }')).rejects.toMatchObject({ name: 'QuerySyntaxError', code: 'sparql/syntax', line: 2 });
    await expect(engine.query('DROP GRAPH <https://w3id.org/deai/dataset>')).rejects.toMatchObject({
      name: 'QuerySyntaxError',
      code: 'sparql/update-refused',
      what: 'SPARQL Update (DROP) is not accepted: deai-kg only asks questions of a store',
      line: 1,
      column: 1,
    });
    expect(asked).toHaveLength(2);
  });

  it('writes the W3C CSV, TSV and XML itself from the JSON the store sent', async () => {
    const { fetch } = endpoint(() =>
      json({
        head: { vars: ['p', 'n'] },
        results: { bindings: [{ p: { type: 'uri', value: 'https://w3id.org/deai/project/kip' }, n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '51' } }] },
      }),
    );
    const engine = createRemoteEngine({ endpoint: URL_, fetch });
    expect(await engine.queryAs('SELECT * WHERE { ?p ?x ?n }', 'text/csv')).toBe('p,n\r\nhttps://w3id.org/deai/project/kip,51\r\n');
    expect(await engine.queryAs('SELECT * WHERE { ?p ?x ?n }', 'text/tab-separated-values')).toBe('?p\t?n\n<https://w3id.org/deai/project/kip>\t51\n');
    expect(await engine.queryAs('SELECT * WHERE { ?p ?x ?n }', 'application/sparql-results+xml')).toContain(
      '<binding name="p"><uri>https://w3id.org/deai/project/kip</uri></binding>\n      <binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">51</literal></binding>',
    );
  });
});

