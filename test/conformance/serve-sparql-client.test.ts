// Standard clients against `deai-kg serve`: Python's SPARQLWrapper asks the endpoint, rdflib dereferences the IRIs.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../src/index.js';
import { seedGraph } from '../helpers/seed.js';
import { type RunningServe, startServe } from '../helpers/serve.js';

// apt's python (the first python3 on PATH may be another interpreter without apt's modules).
const PYTHON = '/usr/bin/python3';

const CLIENT = `
import json, sys, urllib.error
from xml.dom.minidom import Document
from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TSV, TURTLE, N3, POST, GET
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from rdflib import Graph
from rdflib.compare import isomorphic

base = sys.argv[1]
PROJECTS = """PREFIX deai: <https://w3id.org/deai/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?name WHERE { ?p a deai:Project ; rdfs:label ?name } ORDER BY ?name"""
out = {}

def client(query, fmt, method=GET):
    s = SPARQLWrapper(base + "sparql")
    s.setQuery(query)
    s.setReturnFormat(fmt)
    s.setMethod(method)
    return s.query()

def rows_json(result):
    data = result.convert()
    return [[b[v]["value"] for v in data["head"]["vars"]] for b in data["results"]["bindings"]]

def rows_xml(result):
    doc = result.convert()
    assert isinstance(doc, Document)
    names = [v.getAttribute("name") for v in doc.getElementsByTagName("variable")]
    rows = []
    for r in doc.getElementsByTagName("result"):
        cells = {b.getAttribute("name"): b.firstChild.firstChild.data for b in r.getElementsByTagName("binding")}
        rows.append([cells.get(n, "") for n in names])
    return rows

out["json_get"] = rows_json(client(PROJECTS, JSON))
out["json_post"] = rows_json(client(PROJECTS, JSON, POST))
out["xml"] = rows_xml(client(PROJECTS, XML))
out["csv"] = client(PROJECTS, CSV).convert().decode("utf-8")
out["tsv"] = client(PROJECTS, TSV).convert().decode("utf-8")
out["ask"] = client("ASK { <https://w3id.org/deai/project/bittensor> ?p ?o }", JSON).convert()["boolean"]

construct = Graph().parse(data=client("CONSTRUCT WHERE { <https://w3id.org/deai/project/bittensor> ?p ?o }", TURTLE).convert(), format="turtle")
described = Graph().parse(data=client("DESCRIBE <https://w3id.org/deai/project/bittensor>", N3).convert(), format="turtle")

# rdflib dereferences the IRI's path with its own Accept headers: its default (RDF/XML first), Turtle, JSON-LD.
deref = {fmt: Graph().parse(base + "project/bittensor", format=fmt) for fmt in ["application/rdf+xml", "turtle", "json-ld"]}
default = Graph().parse(base + "project/bittensor")
out["deref"] = {fmt: len(g) for fmt, g in deref.items()}
out["deref_default"] = len(default)
out["same_graph"] = all(isomorphic(g, construct) for g in [*deref.values(), default, described])
out["construct"] = len(construct)
out["ontology"] = len(Graph().parse(base + "ontology", format="turtle"))

try:
    s = SPARQLWrapper(base + "sparql")
    s.setMethod(POST)
    s.setQuery("INSERT DATA { <https://w3id.org/deai/project/bittensor> <http://example.org/p> 1 }")
    s.query()
    out["update"] = "accepted"
except urllib.error.HTTPError as e:
    out["update"] = [e.code, e.read().decode("utf-8").strip()]
try:
    client("SELECT ?x WHERE { ?x ", JSON)
    out["malformed"] = "accepted"
except QueryBadFormed as e:
    out["malformed"] = str(e)
print(json.dumps(out))
`;

let server: RunningServe;
let found: Record<string, unknown>;

beforeAll(async () => {
  server = await startServe();
  const result = spawnSync(PYTHON, ['-c', CLIENT, server.url], { encoding: 'utf8', timeout: 120_000 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error(`${PYTHON} is not installed: apt-get install -y python3 python3-sparqlwrapper python3-rdflib`);
  if (/ModuleNotFoundError|ImportError/.test(result.stderr)) throw new Error(`${PYTHON} cannot import a module: apt-get install -y python3-sparqlwrapper python3-rdflib\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`the Python client failed:\n${result.stderr}`);
  found = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}, 180_000);

afterAll(async () => {
  if (server) await server.stop();
});

async function projectRows(): Promise<string[][]> {
  const result = await query(seedGraph(), 'PREFIX deai: <https://w3id.org/deai/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?p ?name WHERE { ?p a deai:Project ; rdfs:label ?name } ORDER BY ?name');
  if (result.type !== 'bindings') throw new Error('expected bindings');
  return result.rows.map((row) => [row.p?.value ?? '', row.name?.value ?? '']);
}

describe('A standard SPARQL client (SPARQLWrapper) against deai-kg serve', () => {
  it('gets the 53 projects, the same rows by GET and POST, as JSON and as XML', async () => {
    const rows = await projectRows();
    expect(rows).toHaveLength(53);
    expect(rows).toContainEqual(['https://w3id.org/deai/project/bittensor', 'Bittensor']);
    expect(found.json_get).toEqual(rows);
    expect(found.json_post).toEqual(rows);
    expect(found.xml).toEqual(rows);
  });

  it('gets CSV and TSV with a header and one line per row', async () => {
    const csv = (found.csv as string).split('\r\n');
    expect(csv[0]).toBe('p,name');
    expect(csv[1]).toBe('https://w3id.org/deai/project/0g,0G');
    expect(csv).toHaveLength(53 + 2);
    const tsv = (found.tsv as string).split('\n');
    expect(tsv[0]).toBe('?p\t?name');
    expect(tsv).toContain('<https://w3id.org/deai/project/bittensor>\t"Bittensor"');
  });

  it('gets ASK as a boolean, and CONSTRUCT and DESCRIBE as the triples of Bittensor', () => {
    const triples = seedGraph().quads.filter((q) => q.subject.value === 'https://w3id.org/deai/project/bittensor').length;
    expect(found.ask).toBe(true);
    expect(found.construct).toBe(triples);
  });

  it('is refused an update with 403 and the reason, and told what is wrong with a malformed query', () => {
    expect(found.update).toEqual([403, expect.stringContaining('read-only: SPARQL Update is not accepted')]);
    expect(found.malformed).toMatch(/QueryBadFormed.*Line 1, column 21: the query ends too early\./s);
  });
});

describe('rdflib dereferencing IRIs on deai-kg serve', () => {
  it('reads /project/bittensor as RDF/XML, Turtle and JSON-LD (and with its default Accept): the same graph as CONSTRUCT', () => {
    const triples = found.construct as number;
    expect(found.deref).toEqual({ 'application/rdf+xml': triples, turtle: triples, 'json-ld': triples });
    expect(found.deref_default).toBe(triples);
    expect(found.same_graph).toBe(true);
  });

  it('reads the whole ontology at /ontology', () => {
    expect(found.ontology).toBe(seedGraph().ontology.quads.length);
  });
});
