// The JSON-LD context (ontology/context.jsonld) at its IRI, https://w3id.org/deai/context.jsonld: JSON-LD documents
// may name it instead of embedding it. JSON-LD or plain JSON by Accept; nothing else is a context.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonLdContext } from '../export/to-jsonld.js';
import { DEAI_CONTEXT, DEAI_HOME } from '../vocab/namespaces.js';
import { send, sendError } from './http-replies.js';
import { negotiate } from './negotiate.js';

const PATH = `/${DEAI_CONTEXT.slice(DEAI_HOME.length)}`;
const TYPES = ['application/ld+json', 'application/json'];

/** Returns a handler that answers for the context's path (true) or leaves the request to the next one (false). */
export function createContextHandler(context: JsonLdContext) {
  const body = `${JSON.stringify(context, null, 2)}\n`;
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (url.pathname !== PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(req, res, 405, `${req.method} is not allowed here: the context is read-only.`, { allow: 'GET, HEAD, OPTIONS' });
      return true;
    }
    const type = negotiate(req.headers.accept, TYPES);
    if (!type) sendError(req, res, 406, `<${DEAI_CONTEXT}> is a JSON-LD context, available as ${TYPES.join(' or ')} (Accept: ${req.headers.accept ?? ''})`, { vary: 'Accept' });
    else send(req, res, 200, { 'content-type': type, vary: 'Accept', 'cache-control': 'public, max-age=300' }, body);
    return true;
  };
}
