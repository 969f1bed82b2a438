// The /sparql endpoint: SPARQL 1.1 Protocol requests → the query pool → results by content negotiation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody, send, sendError } from './http-replies.js';
import { negotiate } from './negotiate.js';
import type { QueryPool } from './query-pool.js';
import { requestToAction } from './sparql-request.js';

export interface EndpointLimits {
  readonly maxResults: number;
  readonly timeoutMs: number;
  /** Largest POST body accepted, in bytes. */
  readonly maxBody: number;
}

export function createSparqlEndpoint(pool: QueryPool, limits: EndpointLimits) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let body = '';
    if (req.method === 'POST') {
      try {
        body = await readBody(req, limits.maxBody);
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
      if (negotiate(req.headers.accept, ['text/html', 'text/plain']) === 'text/html') {
        send(req, res, 200, { 'content-type': 'text/html; charset=utf-8', vary: 'Accept', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" }, endpointPage(limits));
      } else {
        sendError(req, res, 400, 'No query: send GET /sparql?query=… or POST a query (SPARQL 1.1 Protocol).', { vary: 'Accept' });
      }
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
      'x-result-limit': String(limits.maxResults),
      ...(outcome.truncated ? { 'x-results-truncated': 'true' } : {}),
    }, outcome.body);
  };
}

/** A plain form for people who open /sparql in a browser; its GET is an ordinary protocol request. */
function endpointPage(limits: EndpointLimits): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SPARQL endpoint · deai-kg</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:1.2rem;max-width:60rem}textarea{width:100%;font:13px monospace}</style></head>
<body><h1>SPARQL endpoint</h1>
<p>SPARQL 1.1 queries over the survey graph and the DeAI ontology (read-only). Results by content negotiation, or pick one:
at most ${limits.maxResults} rows, ${limits.timeoutMs} ms per query. <a href="./">Back to the graph</a>.</p>
<form method="get" action="sparql">
<textarea name="query" rows="12">PREFIX deai: &lt;https://w3id.org/deai/ontology#&gt;
PREFIX rdfs: &lt;http://www.w3.org/2000/01/rdf-schema#&gt;
SELECT ?project ?name WHERE { ?project a deai:Project ; rdfs:label ?name } ORDER BY ?name</textarea>
<p><label>Results <select name="format"><option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT)</option>
<option value="jsonld">JSON-LD (CONSTRUCT)</option><option value="nt">N-Triples (CONSTRUCT)</option></select></label>
<button type="submit">Run</button></p></form></body></html>
`;
}
