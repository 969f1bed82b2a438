// Every IRI the outputs name dereferences, on both servers: each entity page answers 200 at its extensionless path
// under `deai-kg site --serve` (a static site) and `deai-kg serve` (content negotiation); so do the ontology's
// version IRI, the SHACL shapes, the three named graphs of TriG and N-Quads, and the JSON-LD context.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseRemoteDocuments } from '../../src/export/to-jsonld.js';
import { CLI, ROOT, cli } from '../helpers/cli.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { type RunningServe, startServe } from '../helpers/serve.js';
import { seedGraph } from '../helpers/seed.js';

const BASE = 'https://w3id.org/deai/';
let tmp: string;
let site: { url: string; child: ChildProcess };
let served: RunningServe;
/** The site's pages, as the IRI paths they stand for: `project/bittensor`, `survey`, `ontology/0.1.0`, … */
let pagePaths: string[] = [];
/** The named graphs as deai-kg export -f trig writes them (Jena and rdflib check that file elsewhere). */
const trig = new Map<string, Quad[]>();

function pagesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dir === root && (name === 'assets' || name === 'data') ? [] : pagesUnder(root, path);
    return name.endsWith('.html') && path !== join(root, 'index.html') ? [relative(root, path).slice(0, -'.html'.length)] : [];
  });
}

/** `site --serve` on a free port; resolves with the URL it prints. */
function startSite(out: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'site', '-q', '-o', out, '--serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (found) resolve({ url: found[0], child });
    });
    child.once('exit', (code) => reject(new Error(`site --serve exited (${code}): ${stdout}`)));
  });
}

/** GETs every path (a few at a time) and returns those that did not answer 200 with HTML. */
async function notHtml200(url: string, paths: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (let i = 0; i < paths.length; i += 16) {
    await Promise.all(
      paths.slice(i, i + 16).map(async (path) => {
        const response = await fetchOnceMore(`${url}${path.split('/').map(encodeURIComponent).join('/')}`, { headers: { accept: 'text/html' } });
        const type = response.headers.get('content-type') ?? '';
        await response.arrayBuffer();
        if (response.status !== 200 || !type.startsWith('text/html')) failed.push(`${path}: ${response.status} ${type}`);
      }),
    );
  }
  return failed;
}

/**
 * A keep-alive connection that the server closes just as the next request goes out fails with "other side closed"
 * (seen on a loaded machine); clients retry that once, and so does this.
 */
async function fetchOnceMore(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

async function get(url: string, accept: string): Promise<{ status: number; type: string; body: string }> {
  const response = await fetchOnceMore(url, { headers: { accept } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

const turtle = (text: string): Quad[] => new Parser({ format: 'text/turtle' }).parse(text);
const fromJsonLd = async (text: string): Promise<Quad[]> =>
  new Parser({ format: 'application/n-quads' }).parse(
    (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: refuseRemoteDocuments } as jsonld.Options.ToRdf)) as unknown as string,
  );

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'deai-kg-dereference-'));
  [site, served] = await Promise.all([startSite(join(tmp, 'site')), startServe()]);
  pagePaths = pagesUnder(join(tmp, 'site')).sort();
  const exported = cli('export', '-q', '-f', 'trig');
  expect(exported.status, exported.stderr).toBe(0);
  for (const q of new Parser({ format: 'application/trig' }).parse(exported.stdout)) {
    const list = trig.get(q.graph.value) ?? [];
    list.push(q);
    trig.set(q.graph.value, list);
  }
}, 180_000);

afterAll(async () => {
  site?.child.kill();
  await served?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 30_000);

describe('Entity pages at their extensionless IRI paths', () => {
  it('are a page for every IRI under the base, the ontology, its version, the shapes and the named graphs', () => {
    const subjects = new Set(seedGraph().quads.map((q) => q.subject.value).filter((iri) => iri.startsWith(BASE)).map((iri) => iri.slice(BASE.length)));
    expect(pagePaths.filter((p) => subjects.has(p))).toHaveLength(subjects.size);
    for (const path of ['project/bittensor', 'survey', 'dataset', 'ontology', 'ontology/0.1.0', 'shapes', 'graph/data', 'graph/ontology', 'graph/provenance']) {
      expect(pagePaths, path).toContain(path);
    }
  });

  it('answer 200 with HTML under `deai-kg site --serve`, though a directory of the same name holds the assessments', async () => {
    expect(statSync(join(tmp, 'site/project/bittensor')).isDirectory()).toBe(true);
    expect(await notHtml200(site.url, pagePaths)).toEqual([]);
  });

  it('answer 200 with HTML under `deai-kg serve`', async () => {
    expect(await notHtml200(served.url, pagePaths)).toEqual([]);
  });

  it('come as Turtle from the static site by their .ttl file, with a UTF-8 charset', async () => {
    const page = await get(`${site.url}project/bittensor.ttl`, '*/*');
    expect(page).toMatchObject({ status: 200, type: 'text/turtle; charset=utf-8' });
    expect(await isomorphic(turtle(page.body), seedGraph().quads.filter((q) => q.subject.value === `${BASE}project/bittensor`))).toBe(true);
  });
});

describe("The vocabulary's documents, dereferenced with content negotiation on `deai-kg serve`", () => {
  it('gives the ontology at its version IRI (owl:versionIRI), as Turtle and JSON-LD', async () => {
    const ontology = turtle(readFileSync('ontology/deai.ttl', 'utf8'));
    expect(ontology.some((q) => q.predicate.value.endsWith('#versionIRI') && q.object.value === `${BASE}ontology/0.1.0`)).toBe(true);
    const ttl = await get(`${served.url}ontology/0.1.0`, 'text/turtle');
    expect(ttl.type).toBe('text/turtle; charset=utf-8');
    expect(await isomorphic(turtle(ttl.body), ontology)).toBe(true);
    const ld = await get(`${served.url}ontology/0.1.0`, 'application/ld+json');
    expect(ld.type).toContain('application/ld+json');
    expect(await isomorphic(await fromJsonLd(ld.body), ontology)).toBe(true);
  });

  it('gives the SHACL shapes at https://w3id.org/deai/shapes, as Turtle and JSON-LD (with their lists)', async () => {
    const shapes = new Parser({ format: 'text/turtle', baseIRI: `${BASE}shapes` }).parse(readFileSync('ontology/shapes.ttl', 'utf8'));
    expect(await isomorphic(turtle((await get(`${served.url}shapes`, 'text/turtle')).body), shapes)).toBe(true);
    const ld = await get(`${served.url}shapes`, 'application/ld+json');
    expect(ld.body).toContain('@list');
    expect(await isomorphic(await fromJsonLd(ld.body), shapes)).toBe(true);
  });

  it.each(['data', 'ontology', 'provenance'])('gives the named graph graph/%s as the triples TriG puts in it', async (name) => {
    const expected = (trig.get(`${BASE}graph/${name}`) ?? []).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    expect(expected.length).toBeGreaterThan(100);
    const ttl = await get(`${served.url}graph/${name}`, 'text/turtle');
    expect(ttl.status).toBe(200);
    expect(await isomorphic(turtle(ttl.body), expected)).toBe(true);
    const html = await get(`${served.url}graph/${name}`, 'text/html');
    expect(html.body).toContain(`A named graph of ${expected.length} triples`);
  });

  it('gives the JSON-LD context at https://w3id.org/deai/context.jsonld, as JSON-LD or JSON, and nothing else', async () => {
    const context = JSON.parse(readFileSync('ontology/context.jsonld', 'utf8')) as unknown;
    const ld = await get(`${served.url}context.jsonld`, 'application/ld+json');
    expect(ld).toMatchObject({ status: 200, type: 'application/ld+json' });
    expect(JSON.parse(ld.body)).toEqual(context);
    expect(await get(`${served.url}context.jsonld`, 'application/json')).toMatchObject({ status: 200, type: 'application/json' });
    expect((await get(`${served.url}context.jsonld`, 'text/turtle')).status).toBe(406);
  });
});

describe("The vocabulary's documents in the static site", () => {
  it('are files the static server gives with their media types: version IRI, shapes, named graphs, context', async () => {
    expect(await get(`${site.url}ontology/0.1.0.ttl`, '*/*')).toMatchObject({ status: 200, type: 'text/turtle; charset=utf-8' });
    expect(await get(`${site.url}shapes.jsonld`, '*/*')).toMatchObject({ status: 200, type: 'application/ld+json' });
    expect(await get(`${site.url}graph/provenance.ttl`, '*/*')).toMatchObject({ status: 200, type: 'text/turtle; charset=utf-8' });
    const context = await get(`${site.url}context.jsonld`, '*/*');
    expect(context).toMatchObject({ status: 200, type: 'application/ld+json' });
    expect(JSON.parse(context.body)).toEqual(JSON.parse(readFileSync('ontology/context.jsonld', 'utf8')));
  });
});
