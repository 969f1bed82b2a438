// A SPARQL 1.1 Protocol request (https://www.w3.org/TR/sparql11-protocol/) → the query it carries, or why it is refused.
import { queryForm } from '../sparql/query-form.js';

export interface ProtocolRequest {
  readonly method: string;
  readonly url: URL;
  /** The Content-Type header (POST). */
  readonly contentType: string | undefined;
  /** The request body, read as UTF-8 (POST). */
  readonly body: string;
}

export type ProtocolAction =
  | { readonly type: 'query'; readonly sparql: string; readonly format: string | undefined }
  /** GET /sparql with no query: the endpoint's own page (a form for people). */
  | { readonly type: 'describe-endpoint' }
  | { readonly type: 'refuse'; readonly status: number; readonly message: string; readonly allow?: string };

const READ_ONLY = 'This endpoint is read-only: SPARQL Update is not accepted. Use deai-kg push to load the graph into a store that takes updates.';

export function requestToAction(request: ProtocolRequest): ProtocolAction {
  const { method } = request;
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    return { type: 'refuse', status: 405, message: `${method} is not part of the SPARQL protocol for queries. Use GET or POST.`, allow: 'GET, HEAD, POST, OPTIONS' };
  }
  const mediaType = (request.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (method === 'POST' && mediaType === 'application/sparql-update') return { type: 'refuse', status: 403, message: READ_ONLY };
  const urlParams = request.url.searchParams;
  let params = urlParams;
  let sparql: string | undefined;
  if (method === 'POST' && mediaType === 'application/x-www-form-urlencoded') {
    params = new URLSearchParams(request.body);
  } else if (method === 'POST' && mediaType === 'application/sparql-query') {
    sparql = request.body;
  } else if (method === 'POST') {
    return {
      type: 'refuse', status: 415,
      message: `A SPARQL query is POSTed as application/x-www-form-urlencoded (query=…) or as application/sparql-query, not ${mediaType || 'a body without a Content-Type'}.`,
    };
  }
  if (params.has('update') || urlParams.has('update')) return { type: 'refuse', status: 403, message: READ_ONLY };
  const dataset = ['default-graph-uri', 'named-graph-uri'].flatMap((name) => [...params.getAll(name), ...(params === urlParams ? [] : urlParams.getAll(name))]);
  if (dataset.some((value) => value.trim() !== '')) {
    return { type: 'refuse', status: 400, message: 'This endpoint has one fixed dataset (the survey graph and the ontology in the default graph): leave out default-graph-uri and named-graph-uri.' };
  }
  if (sparql === undefined) {
    const queries = params.getAll('query');
    if (queries.length > 1) return { type: 'refuse', status: 400, message: 'The request has more than one query parameter; send exactly one.' };
    sparql = queries[0];
  }
  if (sparql === undefined) {
    if (method === 'POST') return { type: 'refuse', status: 400, message: 'The form has no query parameter: send query=… (SPARQL 1.1 Protocol).' };
    return { type: 'describe-endpoint' };
  }
  if (queryForm(sparql) === 'UPDATE') return { type: 'refuse', status: 403, message: READ_ONLY };
  const format = params.get('format') ?? params.get('output') ?? urlParams.get('format') ?? urlParams.get('output') ?? undefined;
  return { type: 'query', sparql, format };
}
