// The viewer (dist/viewer) and its data files, held in memory and served at / — no file system access per request.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { send } from './http-replies.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.ttl': 'text/turtle; charset=utf-8', '.jsonld': 'application/ld+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

interface File {
  readonly type: string;
  readonly body: Buffer;
}

/**
 * `viewerDir`'s files at their paths, `data` under data/ (what `deai-kg site` writes there). A missing viewer build
 * leaves only the data files; `ready` says which.
 */
export function loadViewerFiles(viewerDir: string, data: Readonly<Record<string, string>>) {
  const files = new Map<string, File>();
  const ready = existsSync(join(viewerDir, 'index.html'));
  if (ready) {
    for (const file of walk(viewerDir)) {
      files.set(relative(viewerDir, file).split(sep).join('/'), { type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    }
  }
  for (const [name, content] of Object.entries(data)) files.set(`data/${name}`, { type: TYPES[extname(name)] ?? 'application/octet-stream', body: Buffer.from(content, 'utf8') });
  return {
    ready,
    /** Answers GET/HEAD for a file it has (true), or leaves the request alone (false). */
    handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
      const path = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      const file = files.get(path);
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      // Vite names assets by content hash: they never change. index.html and the data are checked on each load.
      const cache = path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      send(req, res, 200, { 'content-type': file.type, 'cache-control': cache }, file.body);
      return true;
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
