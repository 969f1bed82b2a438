// SparqlEngine on a remote SPARQL 1.1 query endpoint (the SPARQL 1.1 Protocol, POST): the same questions, prefixes and
// result shapes as in-process, asked of a store such as Virtuoso. Stores' dialects are smoothed into the W3C shapes:
// Virtuoso's "typed-literal" terms, explicit xsd:string, and its silent cut at ResultSetMaxRows (made an error).
import type { Quad } from '@rdfjs/types';
import { RemoteError } from '../errors.js';
import { sortQuads } from '../export/sort-quads.js';
import { type AuthedFetch, where } from '../push/authed-fetch.js';
import { readCapped } from '../push/read-capped.js';
import { bodyExcerpt, statusText } from '../push/status-message.js';
import { RDF, XSD } from '../vocab/namespaces.js';
import { resultToJson } from './format-results.js';
import { withPrefixes } from './prefixed-query.js';
import { queryForm } from './query-form.js';
import { refuseUpdates } from './refuse-updates.js';
import { resultToCsv, resultToTsv, resultToXml } from './results-to-text.js';
import type { Bindings, QueryResult, ResultsMediaType, ResultTerm, SparqlEngine } from './sparql-engine.js';

export interface RemoteEngineOptions {
  /** The query endpoint, e.g. Virtuoso's http://127.0.0.1:8890/sparql. */
  readonly endpoint: URL;
  /** An authenticated client (createAuthedFetch); reading is often open, so credentials are optional. */
  readonly fetch: AuthedFetch;
  /** Sent as default-graph-uri: the graph the query's default graph is (e.g. the one `deai-kg push` wrote). */
  readonly defaultGraph?: string;
  /** Prefixes the query may use without declaring them (predeclaredPrefixes); its own declarations win. */
  readonly prefixes?: Readonly<Record<string, string>>;
}

const GRAPH_TYPES = 'application/n-triples, text/turtle;q=0.9';

export function createRemoteEngine(options: RemoteEngineOptions): SparqlEngine {
  const { endpoint } = options;
  const prefixes = options.prefixes ?? {};

  /** The store's answer to the query (with the prefixes added), or the query's fault placed in the user's text. */
  async function ask(sparql: string, graphResult: boolean): Promise<{ response: Response; text: string }> {
    refuseUpdates(sparql, 'deai-kg only asks questions of a store');
    const prefixed = withPrefixes(sparql, prefixes);
    const body = new URLSearchParams({ query: prefixed.text });
    if (options.defaultGraph !== undefined) body.set('default-graph-uri', options.defaultGraph);
    const { response } = await options.fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: graphResult ? GRAPH_TYPES : 'application/sparql-results+json' },
      body: body.toString(),
    });
    if (!response.ok) {
      const excerpt = bodyExcerpt(await readCapped(response));
      // A 400 is the store's parser refusing the query: explain it as in-process, at the place in the user's text.
      if (response.status === 400) throw await refusal(sparql, prefixed, excerpt);
      throw new RemoteError(statusText(endpoint, response, excerpt, { expected: 'query' }));
    }
    const cap = response.headers.get('x-sparql-maxrows');
    if (cap !== null) {
      await readCapped(response, 0);
      throw new RemoteError(
        `${where(endpoint)} cut the answer at ${cap} rows (Virtuoso's ResultSetMaxRows): ask for fewer with LIMIT and OFFSET, or raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini`,
      );
    }
    return { response, text: await response.text() };
  }

  async function query(sparql: string): Promise<QueryResult> {
    const form = queryForm(sparql);
    const graphResult = form === 'CONSTRUCT' || form === 'DESCRIBE';
    const { response, text } = await ask(sparql, graphResult);
    return graphResult ? { type: 'quads', quads: await parseGraph(endpoint, response, text) } : parseResults(endpoint, text);
  }

  return {
    name: `SPARQL endpoint ${where(endpoint)}`,
    query,
    async queryAs(sparql: string, mediaType: ResultsMediaType): Promise<string> {
      const result = await query(sparql);
      if (result.type === 'quads') throw new TypeError(`${mediaType} is a format for SELECT and ASK results; this is a graph query`);
      if (mediaType === 'application/sparql-results+json') return resultToJson(result);
      if (mediaType === 'application/sparql-results+xml') return resultToXml(result);
      if (result.type === 'boolean') return `${result.value}\n`;
      return mediaType === 'text/csv' ? resultToCsv(result) : resultToTsv(result);
    },
  };
}

/**
 * The store refused the query (400): the same diagnosis as in-process (an unknown prefix, an unclosed string, the
 * token sparqljs cannot take), else the store's own message, its line moved back past the prefixes added.
 */
async function refusal(sparql: string, prefixed: ReturnType<typeof withPrefixes>, message: string): Promise<Error> {
  const said = message.replace(/\s*SPARQL query:[\s\S]*$/, '');
  const place = /\bline (\d+)(?:,? column (\d+))?/i.exec(said);
  const line = place ? Math.max(1, Number(place[1]) - prefixed.lineShift) : undefined;
  const { diagnoseQuery } = await import('./diagnose-query.js');
  return diagnoseQuery(sparql, prefixed.prefixes, {
    message: `the store refused the query: ${place ? said.replace(/\bline \d+/i, `line ${line}`) : said}`,
    ...(line !== undefined ? { line, column: place?.[2] ? Number(place[2]) : 1 } : {}),
  });
}

interface JsonResults {
  readonly head?: { readonly vars?: readonly string[] };
  readonly boolean?: boolean;
  readonly results?: { readonly bindings?: readonly Record<string, Record<string, string>>[] };
}

function parseResults(endpoint: URL, text: string): QueryResult {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch {
    throw new RemoteError(`${where(endpoint)} did not answer with SPARQL JSON results: is it a SPARQL query endpoint?`);
  }
  if (typeof json.boolean === 'boolean') return { type: 'boolean', value: json.boolean };
  const rows: Bindings[] = (json.results?.bindings ?? []).map((row) => Object.fromEntries(Object.entries(row).map(([name, term]) => [name, toResultTerm(term)])));
  return { type: 'bindings', variables: json.head?.vars ?? [], rows };
}

/** A term as the W3C JSON format has it: "typed-literal" (SPARQL JSON's 2006 draft, still Virtuoso's) → "literal"; xsd:string and rdf:langString left implicit. */
function toResultTerm(term: Record<string, string>): ResultTerm {
  const type = term.type === 'typed-literal' ? 'literal' : (term.type as ResultTerm['type']);
  const lang = term['xml:lang'];
  const datatype = term.datatype;
  return {
    type,
    value: term.value ?? '',
    ...(lang ? { 'xml:lang': lang } : {}),
    ...(type === 'literal' && datatype && !lang && datatype !== XSD('string') && datatype !== RDF('langString') ? { datatype } : {}),
  };
}

async function parseGraph(endpoint: URL, response: Response, text: string): Promise<Quad[]> {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!/n-triples|turtle|text\/plain/.test(type)) throw new RemoteError(`${where(endpoint)} answered a graph query with ${type || 'no content type'}, not N-Triples or Turtle`);
  const { Parser } = await import('n3'); // only graph queries need a parser: SELECT and ASK load none
  try {
    // Sorted: a store returns triples in its own order, and serialisations should not vary between runs.
    return sortQuads(new Parser({ format: /turtle/.test(type) ? 'text/turtle' : 'application/n-triples' }).parse(text));
  } catch (error) {
    throw new RemoteError(`${where(endpoint)} answered a graph query with ${type} that does not parse: ${(error as Error).message}`);
  }
}
