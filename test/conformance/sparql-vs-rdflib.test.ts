// deai-kg's SPARQL (through the CLI, --format json) against an independent engine, Python rdflib, over the same
// exported Turtle + ontology: the bundled questions and queries written here that deai-kg has never seen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const PY = '/usr/bin/python3';
const PROLOGUE = 'PREFIX deai: <https://w3id.org/deai/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n';
const UNSEEN: Record<string, string> = {
  'labels-starting-with-o': 'SELECT ?p ?label WHERE { ?p a deai:Project ; rdfs:label ?label FILTER(STRSTARTS(?label, "O")) }',
  'average-mechanisms-per-stage': 'SELECT ?stage (AVG(?n) AS ?avg) (MAX(?n) AS ?max) WHERE { { SELECT ?p (COUNT(?a) AS ?n) WHERE { ?p deai:reliesOn ?a } GROUP BY ?p } ?p deai:coversStage ?stage } GROUP BY ?stage HAVING (AVG(?n) > 1)',
  'docs-or-none': 'SELECT ?label ?docs WHERE { ?p a deai:Project ; rdfs:label ?label OPTIONAL { ?p deai:documentation ?d } BIND(COALESCE(STR(?d), "none") AS ?docs) }',
  'inverse-sequence-path': 'SELECT ?stage ?name WHERE { VALUES ?stage { deai:Training deai:Marketplace } ?stage ^deai:coversStage/rdfs:label ?name }',
  'english-labels-of-stages': 'SELECT ?c ?l WHERE { ?c a deai:LifecycleStage ; skos:prefLabel ?l FILTER(LANG(?l) = "en") }',
  'late-lines': 'SELECT ?p ?line WHERE { ?p a deai:Project ; deai:sourceLine ?line FILTER(DATATYPE(?line) = xsd:integer && ?line > 80) }',
  'values-undef-minus': 'SELECT ?p ?a WHERE { VALUES (?p ?a) { (<https://w3id.org/deai/project/vana> UNDEF) (<https://w3id.org/deai/project/grass> deai:Staking) } ?p deai:reliesOn ?x MINUS { ?p deai:reliesOn deai:Staking } }',
  'not-exists-partial': 'SELECT (COUNT(*) AS ?n) WHERE { ?p a deai:Project FILTER NOT EXISTS { ?p deai:partiallyHasCapability ?c } }',
  'ask-any-pow': 'ASK { ?p deai:reliesOn deai:ProofOfWork }',
  'construct-stage-members': 'CONSTRUCT { ?p deai:coversStage ?s . ?p rdfs:label ?l } WHERE { ?p deai:coversStage ?s ; rdfs:label ?l . ?s skos:broader deai:PostTraining }',
};

const PYTHON = String.raw`
import json, sys, rdflib
g = rdflib.Graph()
for path in sys.argv[2:]:
    g.parse(path, format='turtle')
def term(t):
    if t is None: return None
    if isinstance(t, rdflib.URIRef): return {'type': 'uri', 'value': str(t)}
    if isinstance(t, rdflib.BNode): return {'type': 'bnode', 'value': str(t)}
    return {'type': 'literal', 'value': str(t)}
out = {}
for name, text in json.load(open(sys.argv[1])).items():
    try:
        r = g.query(text)
        if r.type == 'SELECT': r.bindings
    except Exception as e:
        out[name] = {'error': type(e).__name__ + ': ' + str(e)}
        continue
    if r.type == 'ASK': out[name] = {'boolean': bool(r.askAnswer)}
    elif r.type == 'CONSTRUCT': out[name] = {'triples': sorted(' '.join(x.n3() for x in t) for t in r.graph)}
    else:
        vars_ = [str(v) for v in r.vars]
        out[name] = {'rows': [{v: term(row[i]) for i, v in enumerate(vars_) if row[i] is not None} for row in r]}
print(json.dumps(out))
`;

let dir = '';
let files: string[] = [];
const queries: Record<string, string> = {};
let rdflib: Record<string, { rows?: Row[]; boolean?: boolean; triples?: string[]; error?: string }> = {};
type Row = Record<string, { type: string; value: string }>;

/**
 * A row as a comparable string. GROUP_CONCAT lists are compared as sets (engines may order them differently)
 * and decimals to 9 places (SPARQL leaves the precision of division to the engine).
 */
function rowKey(row: Row): string {
  const value = (v: string): string => (/^-?\d+\.\d+$/.test(v) ? Number(v).toFixed(9) : v.split(', ').sort().join(', '));
  return Object.keys(row)
    .sort()
    .map((v) => `${v}=${row[v]?.type}:${value(row[v]?.value ?? '')}`)
    .join(' ');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deai-sparql-'));
  const build = spawnSync('node', ['dist/cli/main.js', 'build', '-q', '-o', dir], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  files = [join(dir, 'deai.ttl'), 'ontology/deai.ttl'];
  for (const f of readdirSync('queries').filter((x) => x.endsWith('.rq'))) queries[f.slice(0, -3)] = readFileSync(`queries/${f}`, 'utf8');
  for (const [name, text] of Object.entries(UNSEEN)) queries[name] = PROLOGUE + text;
  const queryFile = join(dir, 'queries.json');
  writeFileSync(queryFile, JSON.stringify(queries));
  const py = spawnSync(PY, ['-c', PYTHON, queryFile, ...files], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  if (py.error || py.status !== 0) throw new Error(`python3-rdflib failed (apt-get install -y python3-rdflib): ${py.error?.message ?? py.stderr}`);
  rdflib = JSON.parse(py.stdout);
}, 180_000);

describe('deai-kg query against Python rdflib on the same graph', () => {
  it.each(Object.keys({ ...Object.fromEntries(readdirSync('queries').filter((x) => x.endsWith('.rq')).map((f) => [f.slice(0, -3), 1])), ...UNSEEN }))(
    'should give the same answer to %s',
    (name) => {
      const file = join(dir, `${name}.rq`);
      writeFileSync(file, queries[name] as string);
      const isConstruct = /CONSTRUCT/.test(queries[name] as string);
      const cli = spawnSync('node', ['dist/cli/main.js', 'query', file, '--format', isConstruct ? 'nt' : 'json', '--data', ...files], { encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const expected = rdflib[name];
      expect(expected?.error, `rdflib could not answer ${name}`).toBeUndefined();
      if (isConstruct) {
        const ours = cli.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/\s*\.\s*$/, '')).sort();
        expect(ours).toEqual(expected?.triples);
        expect(ours.length).toBeGreaterThan(0);
        return;
      }
      const json = JSON.parse(cli.stdout);
      if ('boolean' in json) {
        expect(json.boolean).toBe(expected?.boolean);
        return;
      }
      const ours = (json.results.bindings as Row[]).map(rowKey).sort();
      const theirs = (expected?.rows ?? []).map(rowKey).sort();
      expect(ours).toEqual(theirs);
    },
  );
});
