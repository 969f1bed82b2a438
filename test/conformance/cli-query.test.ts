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
    expect(r.stderr).toMatch(/broken\.rq:4:\d+: error: SPARQL syntax error/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
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
