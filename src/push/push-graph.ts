// Pushes a graph into a triple store: SPARQL 1.1 Graph Store HTTP Protocol PUT (replace the named graph), then a count.
import { Parser } from 'n3';
import { RemoteError } from '../errors.js';
import { authedFetch, where } from './authed-fetch.js';
import type { Credentials } from './http-auth.js';
import { queryEndpointFor } from './store-layouts.js';

export interface PushOptions {
  /** The Graph Store endpoint, e.g. Virtuoso's http://127.0.0.1:8890/sparql-graph-crud-auth. */
  readonly endpoint: URL;
  /** The named graph to replace. */
  readonly graph: string;
  /** The graph as N-Triples (every store takes it; N-Triples is also Turtle). */
  readonly ntriples: string;
  /** Distinct triples in `ntriples`: what the store must hold afterwards. */
  readonly triples: number;
  readonly credentials?: Credentials;
  /** The store's SPARQL query endpoint for the count; derived for known stores, else the count GETs the graph. */
  readonly sparqlEndpoint?: URL;
  /** Count the triples in the store after the push (default true). */
  readonly verify?: boolean;
  readonly timeoutMs: number;
}

export interface PushReport {
  readonly status: number;
  readonly auth: 'none' | 'basic' | 'digest';
  /** The triples the store holds in the graph afterwards, and how that was counted. */
  readonly count?: { readonly triples: number; readonly via: string };
}

export async function pushGraph(options: PushOptions): Promise<PushReport> {
  const target = new URL(options.endpoint);
  target.searchParams.set('graph', options.graph);
  const { response, auth } = await authedFetch(target, {
    method: 'PUT',
    headers: { 'content-type': 'application/n-triples' },
    body: options.ntriples,
    timeoutMs: options.timeoutMs,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  const text = await response.text().catch(() => '');
  if (!response.ok) throw new RemoteError(statusMessage(target, response, text, options.credentials?.user));
  if (options.verify === false) return { status: response.status, auth };
  const count = await countTriples(options);
  if (count.triples !== options.triples) {
    throw new RemoteError(
      `pushed ${options.triples} triples to <${options.graph}>, but ${where(options.endpoint)} now holds ${count.triples} there (counted via ${count.via}). ` +
        'The store may have rejected or rewritten part of the data; check its log.',
    );
  }
  return { status: response.status, auth, count };
}

async function countTriples(options: PushOptions): Promise<{ triples: number; via: string }> {
  const known = options.sparqlEndpoint ? { url: options.sparqlEndpoint, store: undefined } : queryEndpointFor(options.endpoint);
  const common = { timeoutMs: options.timeoutMs, ...(options.credentials ? { credentials: options.credentials } : {}) };
  if (known) {
    const url = new URL(known.url);
    url.searchParams.set('query', `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${options.graph}> { ?s ?p ?o } }`);
    const { response } = await authedFetch(url, { method: 'GET', headers: { accept: 'application/sparql-results+json' }, ...common });
    const text = await response.text();
    if (!response.ok) throw new RemoteError(`the push went through, but the count query failed: ${statusMessage(url, response, text, options.credentials?.user)}`);
    const json = JSON.parse(text) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    const value = json.results.bindings[0]?.[json.head.vars[0] ?? 'n']?.value;
    return { triples: Number(value), via: `SPARQL COUNT at ${where(url)}${known.store ? ` (${known.store})` : ''}` };
  }
  const url = new URL(options.endpoint);
  url.searchParams.set('graph', options.graph);
  const { response } = await authedFetch(url, { method: 'GET', headers: { accept: 'application/n-triples, text/turtle;q=0.9' }, ...common });
  const text = await response.text();
  if (!response.ok) throw new RemoteError(`the push went through, but reading the graph back failed: ${statusMessage(url, response, text, options.credentials?.user)}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!/turtle|n-triples|text\/plain/.test(type)) throw new RemoteError(`the push went through, but the graph came back as ${type || 'an unknown type'}; give --sparql URL to count with a query`);
  return { triples: new Parser({ format: 'text/turtle' }).parse(text).length, via: `GET ${where(url)}` };
}

/** What an HTTP failure means for a push, and what to try. */
function statusMessage(url: URL, response: Response, body: string, user: string | undefined): string {
  const status = `${response.status} ${response.statusText}`.trim();
  const detail = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  const said = detail ? `: ${detail}` : '';
  if (response.status === 403) return `${where(url)} refused the write (${status})${user ? `: user "${user}" may lack write permission (Virtuoso: the SPARQL_UPDATE role)` : ''}${said}`;
  if (response.status === 404 || response.status === 405) {
    return `${where(url)} answered ${status}: is it the store's Graph Store endpoint? (Virtuoso /sparql-graph-crud-auth, Fuseki /DATASET/data, GraphDB /repositories/REPO/rdf-graphs/service, Oxigraph /store)${said}`;
  }
  if (response.status >= 300 && response.status < 400) return `${where(url)} redirects (${status}) to ${response.headers.get('location') ?? '?'}: give that URL as --endpoint`;
  return `${where(url)} answered ${status}${said}`;
}
