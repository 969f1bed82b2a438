// `deai-kg serve` over HTTP: the SPARQL 1.1 Protocol, content negotiation, refusals, limits, the timeout, CORS.
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, queryAs } from '../../src/index.js';
import { refuseRemoteDocuments } from '../../src/export/to-jsonld.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';
import { runCliAsync as runCli } from '../helpers/cli.js';
import { type RunningServe, startServe } from '../helpers/serve.js';

const PROJECTS = 'PREFIX deai: <https://w3id.org/deai/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?p ?name WHERE { ?p a deai:Project ; rdfs:label ?name } ORDER BY ?name';
const BITTENSOR = 'https://w3id.org/deai/project/bittensor';
/** 8,177³ rows: never finishes in time. */
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const TIMEOUT_MS = 1500;

let server: RunningServe;
const at = (path: string): string => new URL(path, server.url).href;
const sparqlGet = (sparql: string, accept?: string): Promise<Response> =>
  fetch(at(`sparql?query=${encodeURIComponent(sparql)}`), { headers: accept ? { accept } : {} });

async function expected(sparql: string) {
  return query(seedGraph(), sparql);
}

const parseRdf = (text: string, format: string): Quad[] => new Parser({ format }).parse(text);
async function jsonldToQuads(text: string): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: refuseRemoteDocuments } as jsonld.Options.ToRdf)) as unknown as string;
  return parseRdf(nquads, 'application/n-quads');
}

beforeAll(async () => {
  server = await startServe(['--query-timeout', String(TIMEOUT_MS), '--max-results', '1000', '--workers', '2']);
});

afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

describe('The SPARQL endpoint of deai-kg serve', () => {
  it('answers GET ?query= with SPARQL JSON by default: the rows of the in-process query', async () => {
    const response = await sparqlGet(PROJECTS);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/sparql-results+json');
    expect(response.headers.get('vary')).toBe('Accept');
    const body = (await response.json()) as { head: { vars: string[] }; results: { bindings: unknown[] } };
    const local = await expected(PROJECTS);
    if (local.type !== 'bindings') throw new Error('expected bindings');
    expect(body.head.vars).toEqual(['p', 'name']);
    expect(body.results.bindings).toEqual(local.rows);
    expect(body.results.bindings).toHaveLength(53);
  });

  it('answers a POSTed form and an application/sparql-query body alike', async () => {
    const form = await fetch(at('sparql'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: PROJECTS }) });
    const direct = await fetch(at('sparql'), { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' }, body: PROJECTS });
    expect([form.status, direct.status]).toEqual([200, 200]);
    expect(await form.json()).toEqual(await direct.json());
  });

  it('gives SELECT results as SPARQL XML, CSV and TSV by Accept, byte for byte as the engine writes them', async () => {
    const csv = await sparqlGet(PROJECTS, 'text/csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csvText = await csv.text();
    expect(csvText).toBe(await queryAs(seedGraph(), PROJECTS, 'text/csv'));
    expect(csvText.split('\r\n').slice(0, 2)).toEqual(['p,name', 'https://w3id.org/deai/project/0g,0G']);
    const tsv = await sparqlGet(PROJECTS, 'text/tab-separated-values');
    expect(tsv.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
    const tsvText = await tsv.text();
    expect(tsvText).toBe(await queryAs(seedGraph(), PROJECTS, 'text/tab-separated-values'));
    expect(tsvText.split('\n').slice(0, 2)).toEqual(['?p\t?name', '<https://w3id.org/deai/project/0g>\t"0G"']);
    const xml = await sparqlGet(PROJECTS, 'application/sparql-results+xml');
    expect(xml.headers.get('content-type')).toBe('application/sparql-results+xml');
    expect((await xml.text()).match(/<result>/g)).toHaveLength(53);
  });

  it('gives CONSTRUCT and DESCRIBE results as Turtle, JSON-LD, N-Triples and RDF/XML: each the same graph', async () => {
    const construct = `CONSTRUCT WHERE { <${BITTENSOR}> ?p ?o }`;
    const local = await expected(construct);
    if (local.type !== 'quads') throw new Error('expected quads');
    const turtle = await sparqlGet(construct);
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(await isomorphic(parseRdf(await turtle.text(), 'text/turtle'), local.quads)).toBe(true);
    const ld = await sparqlGet(construct, 'application/ld+json');
    expect(ld.headers.get('content-type')).toBe('application/ld+json');
    expect(await isomorphic(await jsonldToQuads(await ld.text()), local.quads)).toBe(true);
    const nt = await sparqlGet(`DESCRIBE <${BITTENSOR}>`, 'application/n-triples');
    expect(nt.headers.get('content-type')).toBe('application/n-triples');
    expect(await isomorphic(parseRdf(await nt.text(), 'application/n-triples'), local.quads)).toBe(true);
    const rdfxml = await sparqlGet(construct, 'application/rdf+xml');
    expect(rdfxml.headers.get('content-type')).toBe('application/rdf+xml');
    expect(await rdfxml.text()).toContain('<rdf:RDF');
  });

  it('answers ASK as a boolean, and 406 when the client accepts no format the result comes in', async () => {
    expect(await (await sparqlGet('ASK { ?s ?p ?o }')).json()).toEqual({ head: {}, boolean: true });
    const refused = await sparqlGet(PROJECTS, 'image/png');
    expect(refused.status).toBe(406);
    expect(await refused.text()).toContain('application/sparql-results+json');
    expect((await sparqlGet('ASK {}', 'text/csv')).status).toBe(406);
  });

  it('refuses SPARQL Update with 403 and a message, however it is sent, and the graph stays as it was', async () => {
    const drop = 'DROP ALL';
    const attempts = [
      await sparqlGet(`INSERT DATA { <${BITTENSOR}> <http://x/p> "x" }`),
      await fetch(at('sparql'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ update: drop }) }),
      await fetch(at('sparql'), { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: drop }),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/read-only: SPARQL Update is not accepted/);
    }
    const count = (await (await sparqlGet('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')).json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(count.results.bindings[0]?.n.value).toBe(String(seedGraph().quads.length + seedGraph().ontology.quads.length));
  });

  it('answers a malformed query with 400 and the parser\'s message, with its line and column', async () => {
    const response = await sparqlGet('SELECT ?x WHERE {\n  ?x ?y \n');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('Line 2, column 8: the query ends too early. Expected an object: a variable, IRI or literal.\n    ?x ?y \n         ^\n');
  });

  it('cuts results at --max-results and says so in X-Results-Truncated', async () => {
    const response = await sparqlGet('SELECT * WHERE { ?s ?p ?o }', 'text/csv');
    expect(response.headers.get('x-results-truncated')).toBe('true');
    expect(response.headers.get('x-result-limit')).toBe('1000');
    expect((await response.text()).trimEnd().split('\r\n')).toHaveLength(1001);
    expect((await sparqlGet(PROJECTS)).headers.get('x-results-truncated')).toBeNull();
  });

  it('stops a slow query at the timeout with 503 while other clients keep getting answers', async () => {
    const started = performance.now();
    const slow = sparqlGet(SLOW).then(async (r) => ({ status: r.status, text: await r.text(), at: performance.now() }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fastDone: number[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await sparqlGet(PROJECTS);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      fastDone.push(performance.now());
    }
    const slowResult = await slow;
    expect(slowResult.status).toBe(503);
    expect(slowResult.text).toMatch(/ran out of time: it was stopped after 1500 ms/);
    expect(slowResult.at - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(slowResult.at - started).toBeLessThan(TIMEOUT_MS + 3000);
    // Not stalled: fast queries were answered while the slow one was still running (on this machine, all 20 are).
    expect(fastDone.filter((t) => t < slowResult.at).length).toBeGreaterThanOrEqual(5);
    // The terminated worker is replaced: queries still run, on a full pool.
    expect((await sparqlGet('ASK { ?s ?p ?o }')).status).toBe(200);
    const health = (await (await fetch(at('health'))).json()) as { workers: { size: number; replaced: number } };
    expect(health.workers.size).toBe(2);
    expect(health.workers.replaced).toBeGreaterThanOrEqual(1);
  });

  it('allows any origin (CORS), and answers preflight requests', async () => {
    const preflight = await fetch(at('sparql'), { method: 'OPTIONS', headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    const response = await sparqlGet('ASK {}');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Results-Truncated');
  });

  it('shows people a query form, and refuses methods, media types and bodies the protocol does not take', async () => {
    const page = await fetch(at('sparql'), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="get" action="sparql">');
    expect((await fetch(at('sparql'), { headers: { accept: 'application/sparql-results+json' } })).status).toBe(400);
    const put = await fetch(at('sparql'), { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect((await fetch(at('sparql'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'ASK {}' })).status).toBe(415);
    const huge = await fetch(at('sparql'), { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: `ASK {} #${'x'.repeat(2 * 1024 * 1024)}` });
    expect(huge.status).toBe(413);
  });
});

describe('Dereferencing IRIs on deai-kg serve', () => {
  const bittensor = () => seedGraph().quads.filter((q) => q.subject.value === BITTENSOR);

  it('serves /project/bittensor as HTML, Turtle, JSON-LD and N-Triples by Accept, each with its Content-Type and Vary: Accept', async () => {
    const html = await fetch(at('project/bittensor'), { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('vary')).toBe('Accept');
    expect(html.headers.get('content-location')).toBe('bittensor.html');
    const page = await html.text();
    expect(page).toContain('<h1><bdi>Bittensor</bdi></h1>');
    expect(page).toContain('<a href="../ontology#Training"');
    for (const [accept, type, read] of [
      ['text/turtle', 'text/turtle; charset=utf-8', (t: string) => parseRdf(t, 'text/turtle')],
      ['application/ld+json', 'application/ld+json', jsonldToQuads],
      ['application/n-triples', 'application/n-triples', (t: string) => parseRdf(t, 'application/n-triples')],
    ] as const) {
      const response = await fetch(at('project/bittensor'), { headers: { accept } });
      expect(response.headers.get('content-type'), accept).toBe(type);
      expect(response.headers.get('vary'), accept).toBe('Accept');
      expect(await isomorphic(await read(await response.text()), bittensor()), accept).toBe(true);
    }
  });

  it('serves the ontology whole at /ontology, a section per term, so stage and assumption IRIs (#Training, #Staking) land on theirs', async () => {
    const turtle = await fetch(at('ontology'), { headers: { accept: 'text/turtle' } });
    expect(await isomorphic(parseRdf(await turtle.text(), 'text/turtle'), [...seedGraph().ontology.quads])).toBe(true);
    const html = await (await fetch(at('ontology'))).text();
    for (const term of ['Training', 'Staking', 'Project', 'coversStage', 'Full']) expect(html, term).toContain(`<section id="${term}">`);
  });

  it('serves every other IRI under the base: assessments, listings, the survey and its columns, the dataset', async () => {
    for (const path of ['project/bittensor/assessment/Training', 'project/bittensor/listing/OnTraining', 'survey', 'survey/column/1', 'dataset', 'dataset/class/Project']) {
      const response = await fetch(at(path), { headers: { accept: 'text/turtle' } });
      expect(response.status, path).toBe(200);
      expect(parseRdf(await response.text(), 'text/turtle').length, path).toBeGreaterThan(0);
    }
  });

  it('names each representation by extension, and answers HEAD with the headers alone', async () => {
    const ttl = await fetch(at('project/bittensor.ttl'));
    expect(ttl.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(ttl.headers.get('vary')).toBeNull();
    expect((await fetch(at('project/bittensor.jsonld'))).headers.get('content-type')).toBe('application/ld+json');
    const head = await fetch(at('project/bittensor'), { method: 'HEAD', headers: { accept: 'text/turtle' } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for IRIs not in the graph, 406 for types it has not, 405 for writes', async () => {
    const missing = await fetch(at('project/no-such-project'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<https://w3id.org/deai/project/no-such-project> is not in this graph');
    expect((await fetch(at('project/bittensor.exe'))).status).toBe(404);
    expect((await fetch(at('project/bittensor'), { headers: { accept: 'image/png' } })).status).toBe(406);
    expect((await fetch(at('project/bittensor'), { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('refuses a port in use with exit 2 and the fix, and a bad option value likewise', async () => {
    const taken = await runCli(['serve', '-q', '--port', new URL(server.url).port]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(/deai-kg: port \d+ on 127\.0\.0\.1 is in use: pick another with --port/);
    const bad = await runCli(['serve', '-q', '--query-timeout', 'soon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--query-timeout must be a whole number');
  });

  it('serves the viewer at /, its data, and /health', async () => {
    const viewer = await fetch(at(''));
    expect(viewer.status).toBe(200);
    expect(await viewer.text()).toContain('<div');
    const graph = (await (await fetch(at('data/graph.json'))).json()) as { nodes: unknown[] };
    expect(graph.nodes.length).toBeGreaterThan(50);
    const health = (await (await fetch(at('health'))).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', triples: seedGraph().quads.length + seedGraph().ontology.quads.length, limits: { queryTimeoutMs: TIMEOUT_MS, maxResults: 1000 } });
  });
});

describe('deai-kg serve on a survey with hostile names', () => {
  let hostile: RunningServe;
  beforeAll(async () => {
    hostile = await startServe(['test/fixtures/xss-survey.md']);
  });
  afterAll(async () => {
    if (hostile) await hostile.stop();
  });

  it('shows them as text: no markup from the data reaches a page, and pages allow no script', async () => {
    const response = await fetch(new URL('project/img-src-x-onerror-alert-1', hostile.url));
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<h1><bdi>&lt;img src=x onerror=alert(1)&gt;</bdi></h1>');
    expect(html).not.toMatch(/<img|<script>|<b>/);
    const ontology = await (await fetch(new URL('ontology', hostile.url))).text();
    expect(ontology).not.toMatch(/<img|<script>|<b>/);
  });
});
