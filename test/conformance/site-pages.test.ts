// `deai-kg site` writes static linked data: a page per entity (JSON-LD embedded, alternates), .ttl and .jsonld beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseRemoteDocuments } from '../../src/export/to-jsonld.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';
import { CLI, ROOT } from '../helpers/cli.js';

const PYTHON = '/usr/bin/python3';
const BITTENSOR = 'https://w3id.org/deai/project/bittensor';
let tmp: string;
let site: string;

function buildSite(out: string, ...args: string[]): void {
  const run = spawnSync(process.execPath, [CLI, 'site', ...args, '-o', out, '-q'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' || name === 'data' ? [] : htmlFiles(path);
    return name.endsWith('.html') && name !== 'index.html' ? [path] : [];
  });
}

async function embeddedJsonLd(html: string) {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const nquads = (await jsonld.toRDF(JSON.parse(script), { format: 'application/n-quads', documentLoader: refuseRemoteDocuments } as jsonld.Options.ToRdf)) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'deai-kg-site-pages-'));
  site = join(tmp, 'site');
  buildSite(site);
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('The static linked data deai-kg site writes', () => {
  it('has a page, Turtle and JSON-LD for every IRI under the base, and the ontology as ontology.html', () => {
    const subjects = new Set(seedGraph().quads.map((q) => q.subject.value));
    for (const iri of subjects) {
      const path = iri.slice('https://w3id.org/deai/'.length);
      for (const ext of ['html', 'ttl', 'jsonld']) expect(existsSync(join(site, `${path}.${ext}`)), `${path}.${ext}`).toBe(true);
    }
    for (const ext of ['html', 'ttl', 'jsonld']) expect(existsSync(join(site, `ontology.${ext}`))).toBe(true);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });

  it('gives each page its JSON-LD embedded and links to its .ttl and .jsonld, all three the same graph', async () => {
    const html = readFileSync(join(site, 'project/bittensor.html'), 'utf8');
    expect(html).toContain('<link rel="alternate" type="text/turtle" href="bittensor.ttl">');
    expect(html).toContain('<link rel="alternate" type="application/ld+json" href="bittensor.jsonld">');
    const expected = seedGraph().quads.filter((q) => q.subject.value === BITTENSOR);
    expect(await isomorphic(await embeddedJsonLd(html), expected)).toBe(true);
    expect(await isomorphic(new Parser({ format: 'text/turtle' }).parse(readFileSync(join(site, 'project/bittensor.ttl'), 'utf8')), expected)).toBe(true);
  });

  it('links every page only to files and fragments that exist (relative links, no dead ends)', () => {
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(800);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let found = ids.get(file);
      if (!found) ids.set(file, (found = new Set([...readFileSync(file, 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1] as string))));
      return found;
    };
    const broken: string[] = [];
    for (const file of files) {
      for (const [, href] of readFileSync(file, 'utf8').matchAll(/ href="([^"]+)"/g)) {
        if (/^https?:/.test(href as string)) continue;
        const url = new URL((href as string).replaceAll('&amp;', '&'), `file://${file}`);
        const target = decodeURIComponent(url.pathname);
        if (!existsSync(target)) broken.push(`${relative(site, file)} → ${href}`);
        else if (url.hash && !url.hash.startsWith('#node=') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${relative(site, file)} → ${href} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes .ttl and .jsonld files that Python rdflib reads as the same graph', () => {
    const code = `
import json, sys
from rdflib import Graph
from rdflib.compare import isomorphic
ttl, ld = sys.argv[1:3]
a = Graph().parse(ttl, format="turtle"); b = Graph().parse(ld, format="json-ld")
print(json.dumps({"ttl": len(a), "jsonld": len(b), "same": isomorphic(a, b)}))`;
    const result = spawnSync(PYTHON, ['-c', code, join(site, 'ontology.ttl'), join(site, 'ontology.jsonld')], { encoding: 'utf8' });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' || /ModuleNotFoundError/.test(result.stderr)) throw new Error('apt-get install -y python3-rdflib');
    expect(result.status, result.stderr).toBe(0);
    const triples = seedGraph().ontology.quads.length;
    expect(JSON.parse(result.stdout)).toEqual({ ttl: triples, jsonld: triples, same: true });
  });

  it('shows hostile names as text on the pages', () => {
    const hostile = join(tmp, 'xss');
    buildSite(hostile, 'test/fixtures/xss-survey.md');
    const page = readFileSync(join(hostile, 'project/img-src-x-onerror-alert-1.html'), 'utf8');
    expect(page).toContain('<h1><bdi>&lt;img src=x onerror=alert(1)&gt;</bdi></h1>');
    for (const file of htmlFiles(hostile)) {
      const html = readFileSync(file, 'utf8');
      expect(html, relative(hostile, file)).not.toMatch(/<img|<script>|<b>/);
      expect(html.match(/<script/g), relative(hostile, file)).toHaveLength(1);
    }
  });
});
