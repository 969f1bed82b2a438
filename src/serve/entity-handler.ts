// Dereferencing: a path under the base → its entity document, as HTML, Turtle, JSON-LD or N-Triples by Accept.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonLdContext } from '../export/to-jsonld.js';
import { UnrepresentableError } from '../export/xml-text.js';
import type { EntityDocument, EntityIndex } from '../linked-data/entity-index.js';
import type { PageOptions } from '../linked-data/entity-to-html.js';
import { REPRESENTATIONS, type Representation, representationFor } from '../linked-data/representations.js';
import { contentTypeOf } from './result-formats.js';
import { negotiate } from './negotiate.js';
import { send, sendError } from './http-replies.js';

export interface EntityHandlerOptions {
  readonly index: EntityIndex;
  readonly context: JsonLdContext;
  readonly page: Omit<PageOptions, 'jsonld'>;
  /** Rendered representations kept (least recently used dropped first). */
  readonly cacheSize?: number;
}

/** HTML pages need no script: the embedded JSON-LD is data, and the page only links and styles. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";

/** Returns a handler that answers for a path it knows (true) or leaves it to the next one (false). */
export function createEntityHandler(options: EntityHandlerOptions) {
  const { index } = options;
  const cacheSize = options.cacheSize ?? 4000;
  const cache = new Map<string, Promise<string>>();

  const render = (doc: EntityDocument, representation: Representation): Promise<string> => {
    const key = `${representation.extension} ${doc.iri}`;
    let body = cache.get(key);
    if (body) {
      cache.delete(key); // most recently used goes last
    } else {
      body = representation.write({ doc, index, context: options.context, page: options.page });
      body.catch(() => cache.delete(key));
    }
    cache.set(key, body);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return body;
  };

  const reply = async (req: IncomingMessage, res: ServerResponse, doc: EntityDocument, representation: Representation, negotiated: boolean): Promise<void> => {
    const last = doc.path.split('/').at(-1) as string;
    const headers = {
      'content-type': contentTypeOf(representation.mediaType),
      'cache-control': 'public, max-age=300',
      ...(negotiated ? { vary: 'Accept', 'content-location': `${last}.${representation.extension}` } : {}),
      link: REPRESENTATIONS.filter((r) => r !== representation).map((r) => `<${encodeURI(last)}.${r.extension}>; rel="alternate"; type="${r.mediaType}"`).join(', '),
      ...(representation.mediaType === 'text/html' ? { 'content-security-policy': PAGE_CSP } : {}),
    };
    let body: string;
    try {
      body = await render(doc, representation);
    } catch (error) {
      if (!(error instanceof UnrepresentableError)) throw error;
      sendError(req, res, 406, `${error.message}`, negotiated ? { vary: 'Accept' } : {});
      return;
    }
    send(req, res, 200, headers, body);
  };

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const raw = url.pathname.slice(1);
    const path = requestPath(url);
    if (path === undefined) return false;
    const doc = index.documentAt(raw) ?? index.documentAt(path);
    if (doc) {
      if (!allowed(req, res)) return true;
      const mediaType = negotiate(req.headers.accept, REPRESENTATIONS.map((r) => r.mediaType));
      const representation = REPRESENTATIONS.find((r) => r.mediaType === mediaType);
      if (!representation) {
        const offered = REPRESENTATIONS.map((r) => r.mediaType).join(', ');
        sendError(req, res, 406, `<${doc.iri}> is available as ${offered}; the request accepts none of them (Accept: ${req.headers.accept ?? ''})`, { vary: 'Accept' });
        return true;
      }
      await reply(req, res, doc, representation, true);
      return true;
    }
    // An explicit representation: /project/bittensor.ttl, as the pages' <link rel="alternate"> name them.
    const explicit = /^(.+)\.([a-z]+)$/.exec(path);
    const named = explicit ? representationFor(explicit[2] as string) : undefined;
    const namedDoc = explicit && named ? index.documentAt(explicit[1] as string) : undefined;
    if (namedDoc && named) {
      if (allowed(req, res)) await reply(req, res, namedDoc, named, false);
      return true;
    }
    // /project/bittensor/ → /project/bittensor
    if (path.endsWith('/') && index.documentAt(path.slice(0, -1))) {
      send(req, res, 301, { location: `/${path.slice(0, -1)}`, 'content-type': 'text/plain; charset=utf-8' }, `Moved to /${path.slice(0, -1)}\n`);
      return true;
    }
    return false;
  };
}

/** The path without its leading slash, percent-decoded; undefined when the encoding is broken. */
function requestPath(url: URL): string | undefined {
  try {
    return decodeURIComponent(url.pathname.slice(1));
  } catch {
    return undefined;
  }
}

function allowed(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  sendError(req, res, 405, `${req.method} is not allowed here: entity pages are read-only.`, { allow: 'GET, HEAD, OPTIONS' });
  return false;
}
