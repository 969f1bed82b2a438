// Properties of hostile surveys (issue 15), with fast-check: links holding every character an IRI forbids (and
// injections that close the IRI and spell out triples), and files whose lines end in LF, CRLF, CR or a mix. Whatever
// builds is read by a strict N-Triples reader (serdi) as exactly the triples built, every subject is one the survey
// makes, and a survey reads the same whatever ends its lines. Set FC_SEED / FC_RUNS to explore further.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { quadsToNTriples } from '../../src/export/to-turtle.js';
import { buildGraph, InputError, type KnowledgeGraph } from '../../src/index.js';

const MINIMAL = readFileSync('test/fixtures/golden/minimal.md', 'utf8');
const TABLE_LINK = 'https://alpha.example/whitepaper.pdf) |';
const SECTION_LINK = '(https://github.com/alpha)';
const BASE = 'https://w3id.org/deai/';

/** Characters IRIs forbid, characters that mean something in IRIs and markdown, and whole injections. */
const PIECE = fc.constantFrom(
  '<', '>', '"', '{', '}', '|', '\\', '^', '`', ' ', '\t', '\u0001', '\u001B', '\u007F', '\u0085', '\u202E', '%', '%2', '%41', '#', '?', '[', ']',
  '(', ')', 'é', '😀', 'a', '/', '.', ':', '@', '&', '=', "'",
  '>.<https://w3id.org/deai/project/flock><http://www.w3.org/1999/02/22-rdf-syntax-ns#type><https://evil.example/Malware>.<https://x.example/s',
  '> .\n<https://evil.example/s> <https://evil.example/p> "injected" .\n#',
);
const LINK = fc.array(PIECE, { minLength: 1, maxLength: 8 }).map((pieces) => `https://x.example/${pieces.join('')}`);
const ENDING = fc.constantFrom('\n', '\r\n', '\r');

/** A link as markdown writes it: bare, or in <…> when it holds a space (CommonMark's rule), with ( ) escaped. */
const destination = (link: string): string => (/[ \t]/.test(link) ? `<${link}>` : link.replace(/[()]/g, (c) => `\\${c}`));

function withLink(link: string, where: 'table' | 'section'): string {
  return where === 'table' ? MINIMAL.replace(TABLE_LINK, `${destination(link)}) |`) : MINIMAL.replace(SECTION_LINK, `(${destination(link)})`);
}

/** Line endings chosen per line; a CR before an empty line's LF would join them into one CRLF, so it is CRLF there. */
function withEndings(text: string, endings: readonly string[]): string {
  const lines = text.split('\n');
  return lines.map((line, i) => (i === lines.length - 1 ? line : line + ((endings[i % endings.length] === '\r' && lines[i + 1] === '') ? '\r\n' : endings[i % endings.length]))).join('');
}

function tryBuild(text: string): KnowledgeGraph | undefined {
  try {
    return buildGraph(text, { file: 'hostile.md', digest: 'fixed' });
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.diagnostic.place.line).toBeGreaterThanOrEqual(1);
      return undefined;
    }
    throw error;
  }
}

/** serdi (strict N-Triples: no forbidden IRI character passes) reads the text; returns its triples, one per line. */
function serdiLines(ntriples: string): string[] {
  const result = spawnSync('serdi', ['-i', 'ntriples', '-o', 'ntriples', '-'], { input: ntriples, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error('serdi is not installed: apt-get install -y serdi (npm run setup:test-peers)');
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\n').filter((line) => line !== '');
}

const key = (q: { subject: { value: string }; predicate: { value: string }; object: { value: string; termType: string } }): string =>
  `${q.subject.value} ${q.predicate.value} ${q.object.termType} ${q.object.value}`;

describe('A survey with hostile links (fast-check)', () => {
  it('builds only N-Triples that a strict reader reads as exactly the triples built, all about the survey', () => {
    fc.assert(
      fc.property(LINK, fc.constantFrom('table' as const, 'section' as const), (link, where) => {
        const graph = tryBuild(withLink(link, where));
        if (!graph) return;
        const ntriples = quadsToNTriples(graph.quads);
        expect(serdiLines(ntriples)).toHaveLength(graph.quads.length);
        const read = new Parser({ format: 'N-Triples' }).parse(ntriples);
        expect(new Set(read.map(key))).toEqual(new Set(graph.quads.map(key)));
        // Nothing from the link became a subject: every subject is one of the survey's own.
        expect(graph.quads.filter((q) => !q.subject.value.startsWith(BASE)).map((q) => q.subject.value)).toEqual([]);
      }),
      { seed: Number(process.env.FC_SEED ?? 20_251_130), numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  }, 120_000);
});

describe('A survey whose lines end in LF, CRLF, CR or a mix (fast-check)', () => {
  const lf = tryBuild(MINIMAL) as KnowledgeGraph;
  it('reads as the same survey: the same triples, places included', () => {
    fc.assert(
      fc.property(fc.array(ENDING, { minLength: 1, maxLength: 6 }), fc.option(LINK, { nil: undefined }), (endings, link) => {
        const text = link ? withLink(link, 'section') : MINIMAL;
        const expected = link ? tryBuild(text) : lf;
        const graph = tryBuild(withEndings(text, endings));
        expect(graph === undefined).toBe(expected === undefined);
        if (!graph || !expected) return;
        expect(new Set(graph.quads.map(key))).toEqual(new Set(expected.quads.map(key)));
      }),
      { seed: Number(process.env.FC_SEED ?? 20_251_131), numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  }, 120_000);
});
