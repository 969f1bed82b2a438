// deai-kg writes Turtle and TriG group by group (src/export/turtle-lines.ts); it must be byte for byte what the N3.js
// Writer writes with the same prefixes, statement ends spaced (src/export/turtle-writer.ts): on the surveys, the
// ontology, random hostile terms, and however the quads are cut into groups.
import { readdirSync, readFileSync } from 'node:fs';
import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { TurtleLines } from '../../src/export/turtle-lines.js';
import { turtleString } from '../helpers/n3-turtle.js';
import { Iri, Lit } from '../../src/map/terms.js';
import { buildGraph, bundledOntology, PREFIXES } from '../../src/index.js';
import { isIri } from '../../src/vocab/is-iri.js';
import { isomorphic } from '../helpers/isomorphic.js';

const { blankNode, defaultGraph, quad } = DataFactory;
const EX = 'https://example.org/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Today's path: the N3.js Writer, its text spaced. */
const n3 = (quads: readonly Quad[], prefixes: Record<string, string> = { ...PREFIXES }): Promise<string> =>
  turtleString({ format: 'application/trig', prefixes }, (writer) => {
    for (const q of quads) writer.addQuad(q);
  });

/** Ours, the quads given in groups cut at `cuts` (positions), as the build gives them. */
function ours(quads: readonly Quad[], prefixes: Record<string, string> = { ...PREFIXES }, cuts: number[] = []): string {
  const writer = new TurtleLines(prefixes);
  let text = writer.header();
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < quads.length).sort((a, b) => a - b), quads.length]) {
    text += writer.quads(quads.slice(from, cut));
    from = cut;
  }
  return text + writer.end();
}

/** A literal with a base direction (Lit has none), read as N3.js reads RDF/JS literals. */
function lit(value: string, language: string, datatype: string, direction = ''): Quad['object'] {
  if (!direction) return new Lit(value, language, new Iri(datatype));
  return Object.assign(new Lit(value, language, new Iri(datatype)), { direction }) as unknown as Quad['object'];
}

const surveys = [
  'data/sok-deai-README.md',
  ...readdirSync('test/fixtures/golden').filter((f) => f.endsWith('.md')).map((f) => `test/fixtures/golden/${f}`),
  ...readdirSync('test/fixtures').filter((f) => f.endsWith('.md')).map((f) => `test/fixtures/${f}`),
];

describe('TurtleLines', () => {
  it.each(surveys)('should write %s exactly as the N3.js Writer does, in groups of any size', async (file) => {
    const quads = [...buildGraph(readFileSync(file, 'utf8'), { file }).quads];
    expect(quads.length).toBeGreaterThan(20);
    const expected = await n3(quads);
    expect(ours(quads)).toBe(expected);
    // Cut mid-statement and mid-object list: the statement goes on in the next call.
    expect(ours(quads, undefined, [1, 2, 3, 17, 100, 101, 1000, quads.length - 1])).toBe(expected);
    expect(await isomorphic(new Parser().parse(ours(quads)), quads)).toBe(true);
  });

  it('should write the ontology (blank nodes, lists, language tags) exactly as the N3.js Writer does', async () => {
    const quads = [...bundledOntology().quads];
    expect(ours(quads)).toBe(await n3(quads));
    expect(await isomorphic(new Parser().parse(ours(quads)), quads)).toBe(true);
  });

  it('should write prefixed names, short forms, escapes and statement layout as N3.js does', async () => {
    const s = new Iri(`${EX}s`);
    const p = new Iri(`${EX}p`);
    const quads = [
      quad(s, new Iri(`${RDF}type`), new Iri(`${EX}C`)),
      quad(s, p, lit('x', 'en', `${RDF}langString`)),
      quad(s, p, lit('42', '', `${XSD}integer`)),
      quad(s, new Iri(`${EX}q`), lit('1.5', '', `${XSD}decimal`)),
      quad(s, new Iri(`${EX}q`), lit('1.', '', `${XSD}decimal`)),
      quad(s, new Iri(`${EX}q`), lit('true', '', `${XSD}boolean`)),
      quad(s, new Iri(`${EX}q`), lit('True', '', `${XSD}boolean`)),
      quad(s, new Iri(`${EX}q`), lit('-1.0E3', '', `${XSD}double`)),
      quad(new Iri(`${EX}t`), p, lit('2020', '', `${XSD}gYear`)),
      quad(new Iri(`${EX}t`), p, lit('y', '', `${EX}dt`)),
      quad(new Iri(`${EX}t`), p, lit('z', '', 'https://other.example/dt')),
      quad(blankNode('b0'), p, new Iri(`${EX}a.`)),
      quad(blankNode('b0'), p, new Iri(`${EX}a.b`)),
      quad(blankNode('b0'), p, new Iri(`${EX}1%41`)),
      quad(blankNode('b0'), p, new Iri(`${EX}1a`)),
      quad(blankNode('b0'), p, new Iri(`${EX}-a`)),
      quad(blankNode('b0'), p, new Iri(`${EX}é`)),
      quad(blankNode('b0'), p, new Iri(EX)),
      quad(blankNode('b0'), p, new Iri('ex:a b')),
      quad(new Iri(`${EX}u`), p, lit('a"b\\c\nd\u0001\u001a\u007f\ufffe😀', '', `${XSD}string`)),
      quad(new Iri(`${EX}u`), p, lit('مرحبا', 'ar', `${RDF}dirLangString`, 'rtl')),
    ];
    const prefixes = { ex: EX, xsd: XSD };
    const expected =
      '@prefix ex: <https://example.org/> .\n' +
      '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n' +
      '\n' +
      'ex:s a ex:C;\n' +
      '    ex:p "x"@en, 42;\n' +
      '    ex:q 1.5, "1."^^xsd:decimal, true, "True"^^xsd:boolean, -1.0E3 .\n' +
      'ex:t ex:p "2020"^^xsd:gYear, "y"^^ex:dt, "z"^^<https://other.example/dt> .\n' +
      '_:b0 ex:p <https://example.org/a.>, ex:a.b, <https://example.org/1%41>, ex:1a, <https://example.org/-a>, ' +
      '<https://example.org/é>, <https://example.org/>, <ex:a b> .\n' +
      'ex:u ex:p "a\\"b\\\\c\\nd\\u0001\u001a\u007f\ufffe\\U0001f600", "مرحبا"@ar--rtl .\n';
    expect(ours(quads, prefixes)).toBe(expected);
    expect(await n3(quads, prefixes)).toBe(expected);
  });

  it('should open a block where the graph changes (TriG) and close it without a "."', async () => {
    const g = new Iri(`${EX}g`);
    const quads = [
      quad(new Iri(`${EX}s`), new Iri(`${EX}p`), new Iri(`${EX}o`), g),
      quad(new Iri(`${EX}s`), new Iri(`${EX}p`), new Iri(`${EX}o2`), g),
      quad(new Iri(`${EX}t`), new Iri(`${EX}p`), lit('7', '', `${XSD}integer`), g),
      quad(new Iri(`${EX}t`), new Iri(`${EX}p`), new Iri(`${EX}o`), defaultGraph()),
      quad(new Iri(`${EX}t`), new Iri(`${EX}p`), new Iri(`${EX}o`), blankNode('g1')),
    ];
    const expected = '@prefix ex: <https://example.org/> .\n\nex:g {\nex:s ex:p ex:o, ex:o2 .\nex:t ex:p 7\n}\nex:t ex:p ex:o .\n_:g1 {\nex:t ex:p ex:o\n}\n';
    expect(ours(quads, { ex: EX }, [2, 4])).toBe(expected);
    expect(await n3(quads, { ex: EX })).toBe(expected);
  });

  it('should write an IRI that reads as a prefixed name in full, where N3.js writes it bare and readers take it for another IRI', async () => {
    const quads = [quad(new Iri(`${EX}s`), new Iri(`${EX}p`), new Iri('ex:looks-prefixed')), quad(new Iri('deai:Project'), new Iri(`${EX}p`), new Iri(`${EX}o`))];
    const prefixes = { ex: EX, deai: 'https://w3id.org/deai/ontology#' };
    const text = ours(quads, prefixes);
    expect(text).toBe(
      '@prefix ex: <https://example.org/> .\n' +
        '@prefix deai: <https://w3id.org/deai/ontology#> .\n' +
        '\n' +
        'ex:s ex:p <ex:looks-prefixed> .\n' +
        '<deai:Project> ex:p ex:o .\n',
    );
    // N3.js's own text names other resources once read back.
    expect(await n3(quads, prefixes)).toContain('ex:s ex:p ex:looks-prefixed .');
    const read = new Parser({ format: 'text/turtle' }).parse(text);
    expect(read.map((q) => [q.subject.value, q.object.value])).toEqual([
      [`${EX}s`, 'ex:looks-prefixed'],
      ['deai:Project', `${EX}o`],
    ]);
  });

  it('should write nothing after the prefixes for no quads, and no blank line without prefixes', () => {
    expect(ours([], { ex: EX })).toBe('@prefix ex: <https://example.org/> .\n\n');
    expect(ours([quad(blankNode('a'), new Iri(`${EX}p`), blankNode('b'))], {})).toBe('_:a <https://example.org/p> _:b .\n');
  });
});

// Random quads from small pools (so subjects and predicates repeat, the same objects and equal copies of them),
// with terms chosen to hit every rule: prefixable or not, escapes, short forms, labels N3.js writes as given.
const PREFIX_TABLE = { ...PREFIXES, ex: EX, exv: `${EX}vocab#`, exw: `${EX}v/`, same: `${EX}same/`, again: `${EX}same/` };
/** Prefix IRIs that do not end in "/" or "#" and a name with a ":" take the writer's long way round. */
const ODD_TABLE = { ex: EX, exq: `${EX}q`, exqv: `${EX}qv`, 'e:x': `${EX}colon/`, e: `${EX}e/` };
const hostile = fc.oneof(
  fc.constantFrom('', '"', '\\', '\n', 'a.\nb', '\r\t\b\f', '\u0000\u0019\u001a\u001f\u007f', '\ufffe\uffff', '😀', '\ud800', '\udc00x', 'é中'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const local = fc.oneof(
  fc.constantFrom('', 'a', '1abc', 'a.', 'a.b', 'a..b', '.a', '%41', 'a%4', '-a', 'a-b', '_a', 'é', 'a:b', 'a/b', 'a#b', 'a\u00b7', 'A_1.z'),
  fc.stringMatching(/^[-_.a-z0-9%:é/#]{0,6}$/),
  hostile,
);
const namespaces = fc.constantFrom(...Object.values(PREFIX_TABLE), ...Object.values(ODD_TABLE), `${EX}vocab#x/`, 'https://other.example/', 'ex:', 'e:x:', 'e:', 'deai:', 'same:', 'urn:x:', '');
const iri = fc.tuple(namespaces, local).map(([ns, name]) => new Iri(ns + name));
const label = fc.oneof(fc.constantFrom('b0', 'b1', 'x.\ny'), fc.stringMatching(/^[A-Za-z0-9_]{1,4}$/));
const blank = label.map((l) => blankNode(l));
const datatype = fc.oneof(fc.constantFrom(`${XSD}string`, `${XSD}integer`, `${XSD}decimal`, `${XSD}double`, `${XSD}boolean`, `${XSD}date`, `${RDF}langString`, `${EX}dt`, 'https://other.example/dt', 'ex:dt', 'constructor'), iri.map((i) => i.value));
const lexical = fc.oneof(fc.constantFrom('0', '+5', '-007', '1.5', '.5', '1.', '1e3', '-1.0E-3', '.5e1', 'true', 'false', 'True', ' 1', 'NaN'), hostile);
const literal = fc.oneof(
  fc.tuple(lexical, datatype).map(([value, type]) => lit(value, '', type)),
  fc.tuple(hostile, fc.constantFrom('en', 'en-gb', 'x.\ny'), fc.constantFrom('', '', 'ltr', 'rtl')).map(([value, language, direction]) => lit(value, language, `${RDF}langString`, direction)),
);
const graphName = fc.oneof(fc.constant(defaultGraph() as Quad['graph']), iri, blank);
const datasets = (graphs: fc.Arbitrary<Quad['graph']>) =>
  fc
    .record({
      subjects: fc.array(fc.oneof(iri, blank), { minLength: 1, maxLength: 4 }),
      predicates: fc.array(fc.oneof(iri, fc.constant(new Iri(`${RDF}type`))), { minLength: 1, maxLength: 4 }),
      objects: fc.array(fc.oneof(iri, blank, literal), { minLength: 1, maxLength: 8 }),
      graphs: fc.array(graphs, { minLength: 1, maxLength: 3 }),
      picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 30 }),
      cuts: fc.array(fc.nat({ max: 30 }), { maxLength: 4 }),
    })
    .map((r) => ({
      quads: r.picks.map(([s, p, o, g]) => quad(pick(r.subjects, s), pick(r.predicates, p), pick(r.objects, o), pick(r.graphs, g))),
      cuts: r.cuts,
    }));
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
const nquadLines = (quads: readonly Quad[]): string[] => new Writer({ format: 'N-Quads' }).quadsToString([...quads]).split('\n').sort();
const pick = <T>(pool: T[], i: number): T => pool[i % pool.length] as T;

describe('TurtleLines on random hostile terms', () => {
  it.each([
    ['the project\'s prefixes and more', PREFIX_TABLE],
    ['odd prefixes', ODD_TABLE],
  ])('should write byte for byte what the N3.js Writer writes, Turtle and TriG, in any grouping, with %s', async (_, table) => {
    await fc.assert(
      // Less IRIs that read as a prefixed name of the table: N3.js writes those bare (the test above).
      fc.asyncProperty(
        datasets(graphName).filter(({ quads }) => !quads.some((q) => [q.subject, q.predicate, q.object, q.graph, q.object.termType === 'Literal' ? q.object.datatype : q.graph].some((t) => t.termType === 'NamedNode' && Object.keys(table).some((name) => t.value.startsWith(`${name}:`))))),
        async ({ quads, cuts }) => {
          expect(ours(quads, { ...table }, cuts)).toBe(await n3(quads, { ...table }));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should be read back by the N3.js parser as the same graph when every term is well formed', async () => {
    // Base directions are left out: the canonicaliser's N-Quads reader does not take them. IRIs that read as a
    // prefixed name (`ex:x`) are in: deai-kg writes them in full.
    const wellFormed = (t: Term): boolean =>
      t.termType === 'Literal'
        ? !LONE_SURROGATE.test(t.value) && !(t as { direction?: string }).direction && /^[a-z]+(-[a-z0-9]+)*$|^$/.test(t.language) && (t.language !== '') === (t.datatype.value === `${RDF}langString`) && wellFormed(t.datatype)
        : t.termType === 'NamedNode'
          ? isIri(t.value)
          : t.termType === 'BlankNode'
            ? /^[A-Za-z0-9_]+$/.test(t.value)
            : true;
    const valid = datasets(graphName).filter(({ quads }) => quads.every((q) => [q.subject, q.predicate, q.object, q.graph].every(wellFormed)));
    await fc.assert(
      fc.asyncProperty(valid, async ({ quads, cuts }) => {
        // Blank node labels kept as written, so the graphs compare as sorted N-Quads lines.
        const read = new Parser({ format: 'application/trig', blankNodePrefix: '' }).parse(ours(quads, { ...PREFIX_TABLE }, cuts));
        expect(nquadLines(read)).toEqual(nquadLines(quads));
      }),
      { numRuns: 300 },
    );
  });
});
