// `deai-kg site` end to end: the files a static host needs, relative URLs only, serving and its errors.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';


describe('deai-kg site', () => {
  it('should write the viewer, the graph data and the RDF downloads, with relative URLs only', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'deai-site-')), 'site');
    const r = cli('site', '-q', '-o', dir);
    expect(r.status, r.stderr).toBe(0);
    for (const file of ['index.html', 'data/graph.json', 'data/graph.compact.json', 'data/graph.details.json', 'data/deai.ttl', 'data/deai.jsonld', 'data/ontology.ttl', 'data/queries.json', 'data/meta.json']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url, url).toMatch(/^(\.\/|data:|data\/)/);
    const graph = JSON.parse(readFileSync(join(dir, 'data/graph.json'), 'utf8'));
    expect(graph.nodes).toHaveLength(100);
    expect(graph.nodes.every((n: { attributes: { x: number } }) => Number.isFinite(n.attributes.x))).toBe(true);
    // What the viewer fetches: graph.json's graph in far fewer bytes (207 KB → 36 KB on the survey).
    const compact = readFileSync(join(dir, 'data/graph.compact.json'), 'utf8');
    expect(JSON.parse(compact).nodes).toHaveLength(100);
    expect(compact.length).toBeLessThan(readFileSync(join(dir, 'data/graph.json'), 'utf8').length / 4);
  });

  it('should write the same site twice, byte for byte (deterministic layout)', () => {
    const a = join(mkdtempSync(join(tmpdir(), 'deai-site-')), 's');
    const b = join(mkdtempSync(join(tmpdir(), 'deai-site-')), 's');
    expect(cli('site', '-q', '-o', a).status).toBe(0);
    expect(cli('site', '-q', '-o', b).status).toBe(0);
    expect(readFileSync(join(a, 'data/graph.json'), 'utf8')).toBe(readFileSync(join(b, 'data/graph.json'), 'utf8'));
  });

  it('should refuse a bad port and a port in use with exit 2 and the fix', async () => {
    expect(cli('site', '-q', '-o', join(mkdtempSync(join(tmpdir(), 'deai-site-')), 's'), '--serve', '--port', 'eighty').status).toBe(2);
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = String((blocker.address() as { port: number }).port);
    const r = cli('site', '-q', '-o', join(mkdtempSync(join(tmpdir(), 'deai-site-')), 's'), '--serve', '--port', port);
    blocker.close();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
  });

  it('should serve the site on 127.0.0.1 and print the URL', async () => {
    const child = spawn('node', ['dist/cli/main.js', 'site', '-q', '-o', join(mkdtempSync(join(tmpdir(), 'deai-site-')), 's'), '--serve', '--port', '0']);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (found) resolve(found[0]);
        });
        child.on('exit', () => reject(new Error(`site --serve exited: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect((await fetch(`${url}data/graph.json`)).status).toBe(200);
      expect((await fetch(`${url}../../etc/passwd`)).status).not.toBe(200);
    } finally {
      child.kill();
    }
  });
});
