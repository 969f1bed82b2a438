// Independent tools (Debian's raptor, rdflib, pyld) read what deai-kg writes: Turtle, JSON-LD and N-Triples agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, bundledContext, quadsToJsonLd, quadsToNTriples, quadsToTurtle } from '../../src/index.js';

const SURVEY = 'data/sok-deai-README.md';
// apt's python (the first python3 on PATH may be another interpreter without apt's modules).
const PYTHON = '/usr/bin/python3';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool; a missing tool fails the test and names the apt package to install. */
function run(cmd: string, args: readonly string[], aptPackage: string): Run {
  const result = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${cmd} is not installed: apt-get install -y ${aptPackage}`);
  }
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs Python code that prints one JSON line; an ImportError names the apt package to install. */
function python(code: string, args: readonly string[], aptPackage: string): Record<string, unknown> {
  const result = run(PYTHON, ['-c', code, ...args], `python3 ${aptPackage}`);
  if (/ModuleNotFoundError|ImportError/.test(result.stderr)) {
    throw new Error(`${PYTHON} cannot import a module: apt-get install -y ${aptPackage}\n${result.stderr}`);
  }
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>;
}

const RDFLIB_CHECK = `
import json, sys
from rdflib import Graph
from rdflib.compare import isomorphic
ttl, jsonld, nt = sys.argv[1:4]
g_ttl = Graph().parse(ttl, format="turtle")
g_jsonld = Graph().parse(jsonld, format="json-ld")
g_nt = Graph().parse(nt, format="nt")
print(json.dumps({"ttl": len(g_ttl), "jsonld": len(g_jsonld), "nt": len(g_nt),
  "ttl_jsonld": isomorphic(g_ttl, g_jsonld), "ttl_nt": isomorphic(g_ttl, g_nt), "jsonld_nt": isomorphic(g_jsonld, g_nt)}))
`;

const PYLD_CHECK = `
import json, sys
from pyld import jsonld
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
jsonld_path, ttl = sys.argv[1:3]
fetched = []
def loader(url, options=None):
    fetched.append(url)
    raise RuntimeError("no network: tried to load " + url)
with open(jsonld_path, encoding="utf-8") as f:
    doc = json.load(f)
nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": loader})
ds = Dataset()
ds.parse(data=nquads, format="nquads")
g = Graph()
for s, p, o, _ in ds.quads((None, None, None, None)):
    g.add((s, p, o))
g_ttl = Graph().parse(ttl, format="turtle")
print(json.dumps({"pyld": len(g), "ttl": len(g_ttl), "isomorphic": isomorphic(g, g_ttl), "fetched": fetched}))
`;

describe('Independent RDF readers', () => {
  let dir: string;
  let triples: number;
  const file = (name: string): string => join(dir, name);

  beforeAll(async () => {
    const graph = buildGraph(readFileSync(SURVEY, 'utf8'), { file: SURVEY });
    triples = graph.quads.length;
    dir = mkdtempSync(join(tmpdir(), 'deai-kg-readers-'));
    writeFileSync(file('deai.ttl'), await quadsToTurtle(graph.quads));
    writeFileSync(file('deai.jsonld'), await quadsToJsonLd(graph.quads, bundledContext()));
    writeFileSync(file('deai.nt'), quadsToNTriples(graph.quads));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('rapper accepts deai.ttl as Turtle and counts every triple', () => {
    const result = run('rapper', ['-i', 'turtle', '-c', file('deai.ttl')], 'raptor2-utils');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`rapper: Parsing returned ${triples} triples`);
  });

  it('rdflib reads deai.ttl, deai.jsonld and deai.nt as the same graph', () => {
    const found = python(RDFLIB_CHECK, [file('deai.ttl'), file('deai.jsonld'), file('deai.nt')], 'python3-rdflib');
    expect(found).toEqual({ ttl: triples, jsonld: triples, nt: triples, ttl_jsonld: true, ttl_nt: true, jsonld_nt: true });
  });

  it('pyld turns deai.jsonld into the graph of deai.ttl without fetching anything', () => {
    const found = python(PYLD_CHECK, [file('deai.jsonld'), file('deai.ttl')], 'python3-pyld python3-rdflib');
    expect(found).toEqual({ pyld: triples, ttl: triples, isomorphic: true, fetched: [] });
  });

  it('deai.jsonld embeds its context as an object with nothing remote to fetch', () => {
    const doc = JSON.parse(readFileSync(file('deai.jsonld'), 'utf8')) as Record<string, unknown>;
    const context = doc['@context'];
    expect(typeof context).toBe('object');
    expect(Array.isArray(context) || context === null).toBe(false);
    // Remote contexts are string values of @context or @import; IRIs as term definitions are fine.
    const remote: string[] = [];
    const visit = (value: unknown, key = ''): void => {
      if (typeof value === 'string' && (key === '@context' || key === '@import')) remote.push(value);
      else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    visit(context);
    expect(remote).toEqual([]);
  });

  it('has no blank nodes: deai.nt contains no "_:" term', () => {
    const blank = readFileSync(file('deai.nt'), 'utf8').split('\n').filter((line) => /(^|\s)_:/.test(line));
    expect(blank).toEqual([]);
  });
});
