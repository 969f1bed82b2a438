// The linked-data server: /sparql (SPARQL 1.1 Protocol), every IRI under the base by content negotiation (and the
// ontology's version IRI, the shapes, the named graphs, the JSON-LD context), the viewer, /health.
import type { SiteData } from '../site/site-data.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writer } from 'n3';
import type { JsonLdContext } from '../export/to-jsonld.js';
import { graphWithOntology, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { quadsToEntityIndex } from '../linked-data/entity-index.js';
import { publishedDocuments } from '../linked-data/published-documents.js';
import { predeclaredPrefixes } from '../sparql/prefixes.js';
import { createContextHandler } from './context-handler.js';
import { createEntityHandler } from './entity-handler.js';
import { send, sendError, sendPreflight } from './http-replies.js';
import { createQueryPool, type QueryPool } from './query-pool.js';
import { createSparqlEndpoint } from './sparql-endpoint.js';
import { loadViewerFiles } from './viewer-files.js';

export interface LinkedDataServerOptions {
  readonly graph: KnowledgeGraph;
  readonly context: JsonLdContext;
  /** The viewer's data files (what `deai-kg site` writes under data/), served under /data/. */
  readonly siteData: SiteData;
  /** The built viewer (dist/viewer), served at /. */
  readonly viewerDir: string;
  readonly siteTitle: string;
  /** ontology/shapes.ttl, served at https://w3id.org/deai/shapes (by its path, /shapes). */
  readonly shapesTurtle?: string;
  readonly host: string;
  readonly port: number;
  readonly workers: number;
  readonly timeoutMs: number;
  readonly maxResults: number;
  /** Queries waiting for a worker at most (default 256). */
  readonly maxQueue?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  readonly pool: QueryPool;
  /** Whether the viewer was found (a server without it still serves /sparql and the entities). */
  readonly viewer: boolean;
  close(): Promise<void>;
}

/** Largest POST body (a query) accepted. */
const MAX_BODY = 1024 * 1024;

export async function startLinkedDataServer(options: LinkedDataServerOptions): Promise<RunningServer> {
  const started = Date.now();
  const quads = graphWithOntology(options.graph);
  const prefixes = predeclaredPrefixes(options.graph.base);
  const pool = await createQueryPool({
    nquads: new Writer({ format: 'N-Quads' }).quadsToString(quads),
    workers: options.workers,
    timeoutMs: options.timeoutMs,
    maxResults: options.maxResults,
    maxQueue: options.maxQueue ?? 256,
    prefixes,
  });
  const published = publishedDocuments(options.graph, options.shapesTurtle);
  const index = quadsToEntityIndex(options.graph.quads, options.graph.base, options.graph.ontology.quads, published);
  const documents = index.documents().length;
  const entities = createEntityHandler({ index, context: options.context, page: { links: 'iri', siteTitle: options.siteTitle, sparql: true, viewerNodes: options.siteData.viewerNodes } });
  const context = createContextHandler(options.context);
  const viewer = loadViewerFiles(options.viewerDir, options.siteData.files);
  const sparql = createSparqlEndpoint(pool, { maxResults: options.maxResults, timeoutMs: options.timeoutMs, maxBody: MAX_BODY, base: options.graph.base, prefixes });

  /** The server's state as it is: the workers alive and ready now, not the number asked for. 503 when none can answer. */
  const health = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(req, res, 405, `${req.method} is not allowed on /health.`, { allow: 'GET, HEAD, OPTIONS' });
    const memory = process.memoryUsage();
    const workers = pool.stats();
    const status = workers.size === 0 ? 'unavailable' : workers.failed > 0 ? 'degraded' : 'ok';
    const body = {
      status,
      triples: quads.length,
      documents,
      workers,
      limits: { queryTimeoutMs: options.timeoutMs, maxResults: options.maxResults },
      memoryMB: { rss: Math.round(memory.rss / 2 ** 20), heapUsed: Math.round(memory.heapUsed / 2 ** 20) },
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    };
    send(req, res, status === 'unavailable' ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' }, `${JSON.stringify(body)}\n`);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestTargetToUrl(req.url ?? '/');
    if (!url) return sendError(req, res, 400, 'The request target is not a path (expected "/…").');
    if (req.method === 'OPTIONS') return sendPreflight(req, res);
    if (url.pathname === '/sparql') return sparql(req, res, url);
    if (url.pathname === '/health') return health(req, res);
    if (context(req, res, url)) return;
    if (await entities(req, res, url)) return;
    if (viewer.handle(req, res, url)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(req, res, 405, `${req.method} is not allowed here.`, { allow: 'GET, HEAD, OPTIONS' });
    sendError(req, res, 404, `Nothing here: <${options.graph.base}${url.pathname.slice(1)}> is not in this graph.`);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      process.stderr.write(`deai-kg serve: ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent) sendError(req, res, 500, 'Internal server error (see the server log).');
      else res.destroy();
    });
  });
  server.requestTimeout = Math.max(30_000, options.timeoutMs + 10_000);
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 5_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await pool.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    server,
    pool,
    viewer: viewer.ready,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.close();
    },
  };
}

/**
 * The request target as a URL whose path is the target's path. `new URL(target, base)` reads "//etc/passwd" as a
 * network-path reference (host "etc"); a request target is a path (origin form, RFC 9112 §3.2.1), or an absolute URL
 * (absolute form, from proxies). Anything else (the asterisk form, garbage) is undefined.
 */
export function requestTargetToUrl(target: string): URL | undefined {
  try {
    if (target.startsWith('/')) return new URL(`http://localhost${target}`);
    if (/^https?:\/\//i.test(target)) return new URL(target);
  } catch {
    return undefined;
  }
  return undefined;
}
