// `deai-kg query` end to end: named questions, files, --data, formats, errors with line and column.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'deai-query-'));

beforeAll(() => {
  expect(cli('build', '-q', '-o', dir).status).toBe(0);
});

describe('deai-kg query', () => {
  it('should list the bundled questions with their English question', () => {
    const r = cli('query', '--list');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^section-only-projects\tWhich projects are listed in the sections but missing from the overview table\?$/m);
    expect(r.stdout.trim().split('\n')).toHaveLength(16);
  });

  it('should run a question by name as a readable table', () => {
    const r = cli('query', 'section-only-projects');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Morpheus\s+│ Application\s+│ 149/);
  });

  it('should run a .rq file against --data files, the query also accepted after them', () => {
    const file = join(dir, 'q.rq');
    writeFileSync(file, 'PREFIX deai: <https://w3id.org/deai/ontology#>\nSELECT (COUNT(?p) AS ?n) WHERE { ?p a deai:Project }');
    for (const args of [['query', file, '--data', join(dir, 'deai.jsonld'), '-f', 'csv'], ['query', '--data', join(dir, 'deai.ttl'), file, '-f', 'csv']]) {
      const r = cli(...args);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('n\r\n53\r\n');
    }
  });

  it('should answer ASK with true/false and JSON boolean', () => {
    const ask = 'ASK { ?p <https://w3id.org/deai/ontology#possiblyReliesOn> ?a }';
    expect(cli('query', ask).stdout).toBe('true\n');
    expect(JSON.parse(cli('query', ask, '-f', 'json').stdout)).toEqual({ head: {}, boolean: true });
  });

  it('should return CONSTRUCT results as Turtle, JSON-LD or N-Triples', () => {
    const q = 'CONSTRUCT { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?p <https://w3id.org/deai/ontology#reliesOn> <https://w3id.org/deai/ontology#FraudProof> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }';
    expect(cli('query', q).stdout).toContain('<https://w3id.org/deai/project/hyperspace> rdfs:label "Hyperspace"');
    expect(cli('query', q, '-f', 'nt').stdout.trim().split('\n').sort()).toEqual([
      '<https://w3id.org/deai/project/hyperspace> <http://www.w3.org/2000/01/rdf-schema#label> "Hyperspace" .',
      '<https://w3id.org/deai/project/ora> <http://www.w3.org/2000/01/rdf-schema#label> "ORA" .',
    ]);
    expect(JSON.parse(cli('query', q, '-f', 'jsonld').stdout)['@graph']).toHaveLength(2);
  });

  it('should exit 2 on a syntax error, naming the line and column of the query file', () => {
    const file = join(dir, 'broken.rq');
    writeFileSync(file, 'SELECT ?p\nWHERE {\n  ?p ?q \n}\n');
    const r = cli('query', file);
    expect(r.status).toBe(2);
    // The object is missing: the fault is the closing brace, line 4, column 1 of the file.
    expect(r.stderr.split('\n')[0]).toBe('broken.rq:4:1: error: unexpected "}". Expected a variable, IRI or literal. [sparql/syntax]'.replace('broken.rq', file));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('should let --data files see the ontology too, unless --no-ontology, and then say why the answer is empty', () => {
    const data = join(dir, 'deai.ttl');
    const withOntology = cli('query', 'section-only-projects', '--data', data);
    expect(withOntology.status).toBe(0);
    expect(withOntology.stdout).toMatch(/Morpheus\s+│ Application\s+│ 149/);
    const without = cli('query', 'section-only-projects', '--data', data, '--no-ontology');
    expect(without.status).toBe(0);
    expect(without.stdout).toContain('(no results)');
    expect(without.stderr).toBe(
      `deai-kg: warning: the answer is empty, and nothing in ${data} (without the ontology) mentions skos:prefLabel, which the query uses. Drop --no-ontology if the query needs the ontology's labels or hierarchy.\n`,
    );
  });

  it('should name a misspelt term when the answer is empty, and stay quiet with -q', () => {
    const typo = cli('query', 'SELECT ?p WHERE { ?p a deai:Projekt }', '-f', 'csv');
    expect(typo.stdout).toBe('p\r\n');
    expect(typo.stderr).toContain('nothing in the graph of data/sok-deai-README.md and the ontology mentions deai:Projekt, which the query uses.');
    expect(cli('query', 'SELECT ?p WHERE { ?p a deai:Projekt }', '-q').stderr).toBe('');
  });

  it('should write SPARQL XML as the engine writes it, and show IRIs under predeclared prefixes in the table', () => {
    const xml = cli('query', 'SELECT ?p WHERE { ?p rdfs:label "Bittensor" }', '-f', 'xml');
    expect(xml.stdout).toBe(
      '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="p"/></head><results><result><binding name="p"><uri>https://w3id.org/deai/project/bittensor</uri></binding></result></results></sparql>\n',
    );
    expect(cli('query', 'SELECT ?p WHERE { ?p rdfs:label "Bittensor" }').stdout).toBe('p\n─────────────────\nproject:bittensor\n1 row\n');
  });

  it('should refuse updates and wrong formats with exit 2', () => {
    const update = cli('query', 'INSERT DATA { <http://a> <http://b> <http://c> }');
    expect(update.status).toBe(2);
    expect(update.stderr).toContain('[sparql/update-refused]');
    expect(cli('query', 'SELECT * WHERE { ?s ?p ?o } LIMIT 1', '-f', 'ttl').status).toBe(2);
    expect(cli('query', 'no-such-question').status).toBe(2);
    expect(cli('query', 'x.rq').status).toBe(2);
  });
});
