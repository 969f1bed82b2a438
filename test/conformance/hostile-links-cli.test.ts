// Hostile links end to end (issue 15): a link that closes its IRI and spells out triples of its own is written as one
// percent-encoded IRI in every output, and the RDF readers (Python rdflib) find no triple the survey did not say.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, STACK_TRACE } from '../helpers/cli.js';
import { python } from '../export/support/readers.js';

const INJECTION =
  'https://x.example/a>.<https://w3id.org/deai/project/flock><http://www.w3.org/1999/02/22-rdf-syntax-ns#type><https://evil.example/Malware>.<https://x.example/s><https://x.example/p><https://x.example/o';
// Encoded by hand: ">" → %3E, "<" → %3C; the first "#" starts the fragment, where "/" ":" "." are allowed.
const WRITTEN =
  'https://x.example/a%3E.%3Chttps://w3id.org/deai/project/flock%3E%3Chttp://www.w3.org/1999/02/22-rdf-syntax-ns#type%3E%3Chttps://evil.example/Malware%3E.%3Chttps://x.example/s%3E%3Chttps://x.example/p%3E%3Chttps://x.example/o';
const REFERENCE = 'https://w3id.org/deai/ontology#reference';
const ALPHA = 'https://w3id.org/deai/project/alpha';

const survey = (link: string): string =>
  ['# Survey', '', '| Project | Compute | Training | Security Assumption |', '|---|---|---|---|', `| [Alpha](${link}) | ● | ○ | Staking |`, ''].join('\n');

describe('A survey link that spells out triples of its own', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'deai-kg-inject-'));
    writeFileSync(join(dir, 'survey.md'), survey(INJECTION));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds, and rdflib reads the link as one IRI and no injected triple from Turtle, N-Triples and JSON-LD', () => {
    const run = cli('build', join(dir, 'survey.md'), '-o', join(dir, 'out'), '-f', 'ttl,nt,jsonld', '-q');
    expect(run.status, run.stderr).toBe(0);
    for (const [file, format] of [['deai.ttl', 'turtle'], ['deai.nt', 'nt'], ['deai.jsonld', 'json-ld']] as const) {
      const triples = python<[string, string, string][]>('triples.py', [join(dir, 'out', file), format], 'python3-rdflib');
      expect(triples.filter(([, , o]) => o.includes('Malware')).map(([s, p]) => [s, p]), file).toEqual([[ALPHA, REFERENCE]]);
      expect(triples.filter(([s, p]) => s === ALPHA && p === REFERENCE).map(([, , o]) => o), file).toEqual([WRITTEN]);
      expect(triples.some(([s]) => s.startsWith('https://x.example/') || s.endsWith('/flock')), file).toBe(false);
    }
  });

  it('exports N-Quads and TriG that rdflib reads, and answers queries over it (which died with "internal error")', () => {
    for (const [format, reader] of [['nq', 'nquads'], ['trig', 'trig']] as const) {
      const run = cli('export', join(dir, 'survey.md'), '-f', format, '-o', join(dir, `deai.${format}`), '-q');
      expect(run.status, run.stderr).toBe(0);
      const triples = python<[string, string, string][]>('triples.py', [join(dir, `deai.${format}`), reader], 'python3-rdflib');
      expect(triples.filter(([, , o]) => o.includes('Malware')).map(([s, p, o]) => [s, p, o])).toEqual([[ALPHA, REFERENCE, WRITTEN]]);
    }
    const query = cli('query', `SELECT ?o WHERE { <${ALPHA}> <${REFERENCE}> ?o }`, '-s', join(dir, 'survey.md'), '-f', 'tsv', '-q');
    expect(query.status, query.stderr).toBe(0);
    expect(query.stdout).toBe(`?o\n<${WRITTEN}>\n`);
    const framed = cli('export', join(dir, 'survey.md'), '-f', 'jsonld', '--jsonld-form', 'framed', '-q');
    expect(framed.status, framed.stderr).toBe(0);
    expect(JSON.parse(framed.stdout)['@graph'][0].reference).toBe(WRITTEN);
  });

  it('refuses a link with a backslash with exit 2 at the backslash', () => {
    writeFileSync(join(dir, 'backslash.md'), survey('https://alpha.example/a\\b'));
    const run = cli('build', join(dir, 'backslash.md'), '-o', join(dir, 'never'));
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    // "| [Alpha](" is 10 characters, "https://alpha.example/a" 23: the backslash is at column 34.
    expect(run.stderr).toContain(`${join(dir, 'backslash.md')}:5:34: error: `);
    expect(run.stderr).toContain('[link/not-iri]');
  });

  it('refuses a --base that would write IRIs that are not IRIs, with exit 2 and nothing written', () => {
    const run = cli('build', join(dir, 'survey.md'), '-o', join(dir, 'bad-base'), '--base', 'https://x.example/a>b/');
    expect(run.status).toBe(2);
    // Refused as a usage error before any work (issue 17); the writers would refuse it too (test/export/refuse-invalid-iri.test.ts).
    expect(run.stderr).toContain("option '--base <IRI>' argument 'https://x.example/a>b/' is invalid");
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(() => readFileSync(join(dir, 'bad-base', 'deai.ttl'))).toThrow();
  });
});
