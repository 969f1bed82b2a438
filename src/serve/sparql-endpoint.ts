// The /sparql endpoint: SPARQL 1.1 Protocol requests → the query pool → results by content negotiation; for a browser,
// an HTML page with the query form and the results as a table.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bindings, ResultTerm } from '../sparql/sparql-engine.js';
import { BodyTooLargeError, readBody, send, sendError } from './http-replies.js';
import { negotiate } from './negotiate.js';
import type { QueryPool } from './query-pool.js';
import { RESULT_FORMATS } from './result-formats.js';
import { EXAMPLE_QUERY, type PageOutcome, resultsPage } from './results-page.js';
import { requestToAction } from './sparql-request.js';
import type { QueryOutcome } from './worker-messages.js';

export interface EndpointOptions {
  readonly maxResults: number;
  readonly timeoutMs: number;
  /** Largest POST body accepted, in bytes. */
  readonly maxBody: number;
  /** The graph's base: IRIs under it link to this server's pages in the HTML table. */
  readonly base: string;
  /** The predeclared prefixes, listed on the page and used to shorten IRIs in the table. */
  readonly prefixes: Readonly<Record<string, string>>;
}

/** The page runs no script; its form submits to /sparql itself. */
const PAGE_HEADERS = { 'content-type': 'text/html; charset=utf-8', vary: 'Accept', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" };

/** For the HTML table, the pool is asked for SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE). */
const TABLE_SOURCE = 'application/sparql-results+json, application/n-triples;q=0.9';

export function createSparqlEndpoint(pool: QueryPool, options: EndpointOptions) {
  const page = (query: string, outcome?: PageOutcome): string =>
    resultsPage({ query, base: options.base, prefixes: options.prefixes, maxResults: options.maxResults, timeoutMs: options.timeoutMs, ...(outcome ? { outcome } : {}) });

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let body = '';
    if (req.method === 'POST') {
      try {
        body = await readBody(req, options.maxBody);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        sendError(req, res, 413, `${error.message} Send a shorter query.`, { connection: 'close' });
        return;
      }
    }
    const action = requestToAction({ method: req.method ?? 'GET', url, contentType: req.headers['content-type'], body });
    if (action.type === 'refuse') {
      sendError(req, res, action.status, action.message, action.allow ? { allow: action.allow } : {});
      return;
    }
    if (action.type === 'describe-endpoint') {
      if (negotiate(req.headers.accept, ['text/html', 'text/plain']) === 'text/html') send(req, res, 200, PAGE_HEADERS, page(EXAMPLE_QUERY));
      else sendError(req, res, 400, 'No query: send GET /sparql?query=… or POST a query (SPARQL 1.1 Protocol).', { vary: 'Accept' });
      return;
    }
    if (wantsHtml(req.headers.accept, action.format)) {
      const outcome = await pool.run(action.sparql, TABLE_SOURCE, undefined);
      const status = outcome.type === 'error' ? outcome.status : 200;
      send(req, res, status, { ...PAGE_HEADERS, 'cache-control': 'no-cache' }, page(action.sparql, await outcomeToPage(outcome)));
      return;
    }
    const outcome = await pool.run(action.sparql, req.headers.accept, action.format);
    if (outcome.type === 'error') {
      sendError(req, res, outcome.status, outcome.message, { vary: 'Accept', ...(outcome.retryAfter ? { 'retry-after': String(outcome.retryAfter) } : {}) });
      return;
    }
    send(req, res, 200, {
      'content-type': outcome.contentType,
      vary: 'Accept',
      'cache-control': 'no-cache',
      'x-result-limit': String(options.maxResults),
      ...(outcome.truncated ? { 'x-results-truncated': 'true' } : {}),
    }, outcome.body);
  };
}

/**
 * `format=html`, or a client that ranks text/html above every result format: a browser (text/html at q=1, the rest
 * through a lower wildcard), never curl or a SPARQL library, which accept any type alike and so get SPARQL JSON first.
 */
export function wantsHtml(accept: string | undefined, format: string | undefined): boolean {
  if (format !== undefined) return format.trim().toLowerCase() === 'html';
  return negotiate(accept, [...RESULT_FORMATS.map((f) => f.mediaType), 'text/html']) === 'text/html';
}

async function outcomeToPage(outcome: QueryOutcome): Promise<PageOutcome> {
  if (outcome.type === 'error') return { type: 'error', status: outcome.status, message: outcome.message };
  if (outcome.contentType.startsWith('application/n-triples')) {
    const { Parser } = await import('n3');
    const rows = new Parser({ format: 'N-Triples' }).parse(outcome.body).map((q): Bindings => ({ subject: toTerm(q.subject), predicate: toTerm(q.predicate), object: toTerm(q.object) }));
    return { type: 'table', variables: ['subject', 'predicate', 'object'], rows, truncated: outcome.truncated };
  }
  const json = JSON.parse(outcome.body) as { boolean?: boolean; head: { vars?: string[] }; results?: { bindings: Bindings[] } };
  if (typeof json.boolean === 'boolean') return { type: 'boolean', value: json.boolean };
  return { type: 'table', variables: json.head.vars ?? [], rows: json.results?.bindings ?? [], truncated: outcome.truncated };
}

function toTerm(term: { termType: string; value: string; language?: string; datatype?: { value: string } }): ResultTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  return { type: 'literal', value: term.value, ...(term.language ? { 'xml:lang': term.language } : term.datatype ? { datatype: term.datatype.value } : {}) };
}
