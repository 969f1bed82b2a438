// A static file server on loopback for `site --serve` and `npm start`, on sirv (no directory listing, no writes).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/**
 * sirv tries `PATH`, `PATH/index.html` and then `PATH.html` (and .htm), skipping directories: so an entity IRI's
 * path (`/project/bittensor`) is its page `project/bittensor.html` even though the directory `project/bittensor/`
 * (its assessments) exists, as on GitHub Pages or with nginx `try_files $uri $uri.html`. The files are indexed
 * once at start (the site is written before it is served), and only indexed files are ever read.
 */
export async function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const files = sirv(root, {
    extensions: ['html'],
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', 'no-cache');
      // sirv adds a charset to text/html only; Turtle, CSS and scripts are UTF-8 too.
      const type = lookup(pathname);
      if (type?.startsWith('text/') && type !== 'text/html') res.setHeader('Content-Type', `${type}; charset=utf-8`);
    },
    onNoMatch: (_req, res) => void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found'),
  });
  const server = createServer((req, res) => files(req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://${host}:${actual}/` };
}
