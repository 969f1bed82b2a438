// Usage mistakes exit 2 with the fix on the first line: never "internal error", never a stack trace.
import { describe, expect, it } from 'vitest';
import { cli, STACK_TRACE } from '../helpers/cli.js';

describe('deai-kg on a usage mistake', () => {
  it.each([
    [['build', '--base', 'http://ex.org/kg', '-o', 'out/never'], 'It must end in "/" or "#" (try "http://ex.org/kg/").'],
    [['query', '--base', 'ftp://ex.org/kg/', 'projects-per-stage'], 'It must be an http(s) IRI ending in "/" or "#", such as "https://example.org/deai/".'],
    [['table', '--base', 'https://ex.org/a b/'], 'It must be an http(s) IRI'],
    [['export', '-f', 'turtle'], 'Allowed choices are ttl, jsonld, nt, nq, trig, rdfxml, gexf, graphml, graphology, cytoscape, csv.'],
    [['build', '-f', 'xml', '-o', 'out/never'], 'expected a comma-separated list of ttl, nt, jsonld (other formats: deai-kg export)'],
    [['query', '-f', 'yaml', 'projects-per-stage'], 'Allowed choices are table, json, xml, csv, tsv, ttl, jsonld, nt.'],
    [['build', 'no-such-survey.md', '-o', 'out/never'], 'no-such-survey.md:1:1: error: Cannot read the survey: no such file. Expected a readable markdown file. [input/unreadable]'],
    [['query', '--data', 'no-such.ttl', 'projects-per-stage'], 'no-such.ttl:1:1: error: Cannot read the file: no such file. Expected a readable RDF file. [rdf/unreadable]'],
    [['query', 'no-such.rq'], 'deai-kg: no query file "no-such.rq" and no bundled question of that name (see deai-kg query --list)'],
    [['query', 'ASK {}', '-f', 'ttl'], 'deai-kg: --format ttl is for CONSTRUCT and DESCRIBE results; an ASK query takes table, json, xml, csv or tsv'],
  ])('should exit 2 for %j with the fix', (args, fix) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain(fix);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('deai-kg --version and --help', () => {
  it('should print the version alone', () => {
    const run = cli('--version');
    expect(run).toEqual({ status: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('should say in query --help what a query sees, and list the predeclared prefixes', () => {
    const help = cli('query', '--help').stdout;
    expect(help.replace(/\s+/g, ' ')).toContain('It sees the graph of the survey together with the DeAI ontology');
    expect(help.replace(/\s+/g, ' ')).toContain('--no-ontology leave the ontology out of what the query sees');
    expect(help).toContain('\nPredeclared prefixes (a query\'s own PREFIX declaration wins; the instance prefixes follow --base):\n  deai:       <https://w3id.org/deai/ontology#>\n  rdf:        <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n');
    expect(help).toContain('\n  project:    <https://w3id.org/deai/project/>\n');
  });
});
