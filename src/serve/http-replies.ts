// Small helpers for writing HTTP replies: CORS on everything, plain-text errors, HEAD without a body, bounded bodies.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Open CORS: the data is public and read-only, and no request carries credentials. */
export const CORS_HEADERS: Readonly<OutgoingHttpHeaders> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Content-Location, Link, Vary, Retry-After, X-Result-Limit, X-Results-Truncated',
};

/** The answer to a CORS preflight (OPTIONS): any of our methods, the headers clients send. */
export function sendPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(204, {
    ...CORS_HEADERS,
    'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'Accept, Content-Type',
    'access-control-max-age': '86400',
    allow: 'GET, HEAD, POST, OPTIONS',
  });
  res.end();
}

export function send(req: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...CORS_HEADERS, 'x-content-type-options': 'nosniff', ...headers, 'content-length': bytes.length });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** An error as one line of plain text, so any client (curl, a SPARQL library) shows it as it is. */
export function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: OutgoingHttpHeaders = {}): void {
  send(req, res, status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }, `${message}\n`);
}

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** Reads a request body as UTF-8, refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so that the 413 reply can still be sent (with Connection: close).
      if (size > limit) reject(new BodyTooLargeError(`The request body is larger than ${limit} bytes.`));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
