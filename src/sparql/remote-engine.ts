// SparqlEngine on a remote SPARQL 1.1 query endpoint (the SPARQL 1.1 Protocol, POST): the same questions, prefixes and
// result shapes as in-process, asked of a store such as Virtuoso. Stores' dialects are smoothed into the W3C shapes:
// Virtuoso's "typed-literal" terms, explicit xsd:string, and its silent cut at ResultSetMaxRows (made an error).
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { RemoteError } from '../errors.js';
import { sortQuads } from '../export/sort-quads.js';
import { type AuthedFetch, where } from '../push/authed-fetch.js';
import { readCapped } from '../push/read-capped.js';
import { bodyExcerpt, statusText } from '../push/status-message.js';
import { RDF, XSD } from '../vocab/namespaces.js';
import { queryForm } from './query-form.js';
import { type Bindings, type QueryResult, QuerySyntaxError, type ResultTerm, type SparqlEngine } from './sparql-engine.js';

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
  return {
    name: `SPARQL endpoint ${where(endpoint)}`,
    async query(sparql: string): Promise<QueryResult> {
      const form = queryForm(sparql);
      if (form === 'UPDATE') throw new QuerySyntaxError('SPARQL Update is not accepted: deai-kg only asks questions of a store', 1, 1);
      const { text, linesBefore } = withPrefixes(sparql, options.prefixes ?? {});
      const body = new URLSearchParams({ query: text });
      if (options.defaultGraph !== undefined) body.set('default-graph-uri', options.defaultGraph);
      const graphResult = form === 'CONSTRUCT' || form === 'DESCRIBE';
      const { response } = await options.fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: graphResult ? GRAPH_TYPES : 'application/sparql-results+json' },
        body: body.toString(),
      });
      if (!response.ok) {
        const excerpt = bodyExcerpt(await readCapped(response));
        // A 400 is the store's parser refusing the query: report it at the query's own line, without the prefixes added.
        if (response.status === 400) throw syntaxError(excerpt || `${where(endpoint)} answered 400 Bad Request`, linesBefore);
        throw new RemoteError(statusText(endpoint, response, excerpt, { expected: 'query' }));
      }
      const cap = response.headers.get('x-sparql-maxrows');
      if (cap !== null) {
        await readCapped(response, 0);
        throw new RemoteError(
          `${where(endpoint)} cut the answer at ${cap} rows (Virtuoso's ResultSetMaxRows): ask for fewer with LIMIT and OFFSET, or raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini`,
        );
      }
      const answer = await response.text();
      if (graphResult) return { type: 'quads', quads: parseGraph(endpoint, response, answer) };
      return parseResults(endpoint, answer);
    },
  };
}

/** The query with the predeclared prefixes it does not declare itself, all on one line before it. */
export function withPrefixes(sparql: string, prefixes: Readonly<Record<string, string>>): { text: string; linesBefore: number } {
  const declared = new Set<string>();
  const bare = sparql.replace(/<[^<>\s]*>/g, '<>').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""').replace(/#[^\n]*/g, ' ');
  for (const match of bare.matchAll(/\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi)) declared.add(match[1] ?? '');
  const added = Object.entries(prefixes).filter(([name]) => !declared.has(name));
  if (added.length === 0) return { text: sparql, linesBefore: 0 };
  return { text: `${added.map(([name, iri]) => `PREFIX ${name}: <${iri}>`).join(' ')}\n${sparql}`, linesBefore: 1 };
}

/**
 * The store's message with its line made the query's own (the predeclared prefixes took a line before it), and
 * without the query text Virtuoso echoes after it.
 */
function syntaxError(message: string, linesBefore: number): QuerySyntaxError {
  const said = message.replace(/\s*SPARQL query:[\s\S]*$/, '');
  const place = /\bline (\d+)(?:,? column (\d+))?/i.exec(said);
  const line = place ? Math.max(1, Number(place[1]) - linesBefore) : 1;
  const text = place ? said.replace(/\bline \d+/i, `line ${line}`) : said;
  return new QuerySyntaxError(`the store refused the query: ${text}`, line, place?.[2] ? Number(place[2]) : 1);
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

function parseGraph(endpoint: URL, response: Response, text: string): Quad[] {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!/n-triples|turtle|text\/plain/.test(type)) throw new RemoteError(`${where(endpoint)} answered a graph query with ${type || 'no content type'}, not N-Triples or Turtle`);
  try {
    // Sorted: a store returns triples in its own order, and serialisations should not vary between runs.
    return sortQuads(new Parser({ format: /turtle/.test(type) ? 'text/turtle' : 'application/n-triples' }).parse(text));
  } catch (error) {
    throw new RemoteError(`${where(endpoint)} answered a graph query with ${type} that does not parse: ${(error as Error).message}`);
  }
}
