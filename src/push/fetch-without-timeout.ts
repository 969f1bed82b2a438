// A fetch for requests whose answer may take longer than any fixed limit: the swap (SPARQL Update MOVE) of a large
// graph, which Virtuoso works on for many minutes before it answers. Node's own fetch gives up waiting for the
// response headers after 300 s (undici's headersTimeout), whatever signal is passed, and the store goes on with the
// work anyway; so these few small requests go through node:http, which waits for as long as the connection lives.
// The push's chunks go through it too, with a signal for their timeout: fetch copies a Uint8Array body before
// sending it (the Fetch standard's "extract a body"), and at ~8 MB a chunk those copies, freed only when V8 next
// collects, held up to 60 MB of a push's peak; node:http writes the bytes as they are.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

export function fetchWithoutTimeout(input: URL | string | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  const body = typeof init.body === 'string' || init.body instanceof Uint8Array ? init.body : undefined;
  if (init.body != null && body === undefined) return Promise.reject(new TypeError('fetchWithoutTimeout sends a string or bytes only'));
  const headers = Object.fromEntries(new Headers(init.headers).entries());
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined;
    const req = send(url, { method: init.method ?? 'GET', headers, timeout: 0, ...(signal ? { signal } : {}) }, (res: IncomingMessage) => {
      const responseHeaders = new Headers();
      for (const [name, value] of Object.entries(res.headers)) {
        for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) responseHeaders.append(name, one);
      }
      const status = res.statusCode ?? 0;
      const noBody = status === 204 || status === 304 || (init.method ?? 'GET').toUpperCase() === 'HEAD';
      if (noBody) res.resume();
      // The body as a stream, as fetch gives it: a reader that stops early (read-capped.ts, after 64 KiB of an error
      // page) cancels it, which closes the connection instead of downloading the rest.
      const body = noBody ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
      resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
    });
    // Like fetch: an aborted request rejects with the signal's reason (a TimeoutError for AbortSignal.timeout), any
    // other failure with a cause that carries the system error's code (ECONNREFUSED, ECONNRESET).
    req.on('error', (error) => reject(signal?.aborted ? signal.reason : Object.assign(new TypeError('fetch failed'), { cause: error })));
    req.end(body);
  });
}
