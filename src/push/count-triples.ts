// The triples a store holds in a named graph: a SPARQL COUNT at its query endpoint, or, for a store whose query
// endpoint is unknown, its Graph Store GET read back as a stream and counted (memory stays flat however big it is).
import { StreamParser } from 'n3';
import { RemoteError } from '../errors.js';
import { type AuthedFetch, where } from './authed-fetch.js';
import { readCapped } from './read-capped.js';
import { statusMessage } from './status-message.js';

export interface TripleCount {
  readonly triples: number;
  /** How it was counted, for messages: "SPARQL COUNT at http://…/sparql (Virtuoso)". */
  readonly via: string;
}

/** A COUNT answer is a few hundred bytes; more than this is not one. */
const COUNT_ANSWER_LIMIT = 1 << 20;

export async function countBySparql(fetch: AuthedFetch, endpoint: URL, graph: string, store?: string): Promise<TripleCount> {
  const { response } = await fetch(endpoint, {
    method: 'POST',
    headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query: `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }` }).toString(),
  });
  if (!response.ok) throw new RemoteError(`the count query failed: ${await statusMessage(endpoint, response, { expected: 'query' })}`);
  const { text } = await readCapped(response, COUNT_ANSWER_LIMIT);
  let value: string | undefined;
  try {
    const json = JSON.parse(text) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    value = json.results.bindings[0]?.[json.head.vars[0] ?? 'n']?.value;
  } catch {
    // reported below
  }
  if (value === undefined || !/^\d+$/.test(value)) throw new RemoteError(`${where(endpoint)} did not answer the count query with a number: is it a SPARQL query endpoint? Give it with --sparql`);
  return { triples: Number(value), via: `SPARQL COUNT at ${where(endpoint)}${store ? ` (${store})` : ''}` };
}

export async function countByReading(fetch: AuthedFetch, graphStore: URL, graph: string): Promise<TripleCount> {
  const url = new URL(graphStore);
  url.searchParams.set('graph', graph);
  const { response } = await fetch(url, { method: 'GET', headers: { accept: 'application/n-triples, text/turtle;q=0.9' } });
  if (response.status === 404) return { triples: 0, via: `GET ${where(url)}` };
  if (!response.ok) throw new RemoteError(`reading the graph back failed: ${await statusMessage(url, response, { expected: 'graph-store' })}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!/turtle|n-triples|text\/plain/.test(type)) {
    await readCapped(response, 0);
    throw new RemoteError(`the graph came back as ${type || 'an unknown type'}; give --sparql URL to count with a query`);
  }
  const parser = new StreamParser({ format: /n-triples|text\/plain/.test(type) ? 'application/n-triples' : 'text/turtle' });
  let triples = 0;
  const counted = new Promise<number>((resolve, reject) => {
    parser.on('data', () => void triples++);
    parser.on('end', () => resolve(triples));
    parser.on('error', (error: Error) => reject(new RemoteError(`the graph read back from ${where(url)} is not ${type}: ${error.message}`)));
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder(); // keeps a character split between two reads whole
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!parser.write(decoder.decode(value, { stream: true }))) await new Promise((resolve) => parser.once('drain', resolve));
  }
  parser.end(decoder.decode());
  return { triples: await counted, via: `GET ${where(url)}` };
}
