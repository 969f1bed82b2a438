// The streaming JSON-LD writer gives the document jsonld.js gives (fromRDF → compact → JSON.stringify): checked against
// jsonld.js itself on the survey, the ontology, random quads under the bundled and a feature-rich context, byte for byte
// when subjects come in jsonld.js's order.
import { readFileSync } from 'node:fs';
import type { Quad, Quad_Object, Quad_Predicate, Quad_Subject } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { JsonLdWriter, quadsToCompactJsonLd, type JsonLdContext } from '../../src/export/jsonld-writer.js';
import { compareQuads, sortQuads } from '../../src/export/sort-quads.js';
import { jsonLdOracle } from '../helpers/jsonld-oracle.js';
import { buildGraph } from '../../src/node/build-from-file.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const CONTEXT = JSON.parse(readFileSync('ontology/context.jsonld', 'utf8')) as JsonLdContext;
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const DEAI = 'https://w3id.org/deai/ontology#';
const DCT = 'http://purl.org/dc/terms/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const EX = 'http://example.org/';

/** Many features of term definitions at once: aliases, several terms per IRI, @vocab/@none/@json/datatype/language terms. */
const RICH_CONTEXT: JsonLdContext = {
  '@context': {
    '@version': 1.1,
    ex: EX,
    e: EX,
    exv: { '@id': `${EX}vocab#`, '@prefix': true },
    notPrefix: { '@id': `${EX}np/` },
    rdfs: RDFS,
    xsd: XSD,
    identifier: '@id',
    kind: '@type',
    value: '@value',
    lang: '@language',
    nodes: '@graph',
    label: 'rdfs:label',
    labelEn: { '@id': 'rdfs:label', '@language': 'EN' },
    labelNone: { '@id': 'rdfs:label', '@language': null },
    labelRef: { '@id': 'rdfs:label', '@type': '@id' },
    p: { '@id': 'ex:p', '@type': '@vocab' },
    pId: { '@id': 'ex:p', '@type': '@id' },
    n: { '@id': 'ex:n', '@type': '@none' },
    j: { '@id': 'ex:j', '@type': '@json' },
    count: { '@id': 'ex:count', '@type': 'xsd:integer' },
    Thing: 'ex:Thing',
    'e:special': { '@type': '@id' },
  },
};

/** The old pipeline (jsonld.js): the ground truth. */
const oldPipeline = (quads: Iterable<Quad>, context: JsonLdContext): Promise<string> => jsonLdOracle([...quads], context);

const nodeIdOf = (term: Quad_Subject): string => (term.termType === 'BlankNode' ? `_:${term.value}` : term.value);
/** jsonld.js's node order (subjects as JSON-LD identifiers), values in the order the old pipeline gives them. */
const jsonLdOrder = (quads: Iterable<Quad>): Quad[] =>
  [...quads].sort((a, b) => {
    const [x, y] = [nodeIdOf(a.subject), nodeIdOf(b.subject)];
    return x < y ? -1 : x > y ? 1 : compareQuads(a, b);
  });

/** Both documents in @graph form, nodes sorted by id. */
function graphForm(text: string, graphKey = '@graph', idKey = 'id'): { context: unknown; graph: Record<string, unknown>[] } {
  const { '@context': context, ...rest } = JSON.parse(text) as Record<string, unknown>;
  const keys = Object.keys(rest);
  const graph = (keys.length === 1 && keys[0] === graphKey && Array.isArray(rest[graphKey]) ? rest[graphKey] : keys.length > 0 ? [rest] : []) as Record<string, unknown>[];
  return { context, graph: [...graph].sort((a, b) => (String(a[idKey]) < String(b[idKey]) ? -1 : 1)) };
}

async function expectSameAsJsonLdJs(quads: readonly Quad[], context: JsonLdContext = CONTEXT, keys: [string, string] = ['@graph', 'id']): Promise<void> {
  const old = await oldPipeline(quads, context);
  expect(graphForm(quadsToCompactJsonLd(sortQuads(quads), context), ...keys)).toEqual(graphForm(old, ...keys));
  expect(quadsToCompactJsonLd(jsonLdOrder(quads), context)).toBe(old);
}

describe('quadsToCompactJsonLd', () => {
  const survey = buildGraph(readFileSync('data/sok-deai-README.md', 'utf8')).quads;
  const ontology = new Parser().parse(readFileSync('ontology/deai.ttl', 'utf8'));

  it('should give jsonld.js\'s document for the bundled survey, byte for byte in jsonld.js\'s subject order', async () => {
    expect(survey.length).toBeGreaterThan(1000);
    await expectSameAsJsonLdJs(survey);
  });

  it('should give jsonld.js\'s document for the ontology (language tags, datatypes) and ontology + survey', async () => {
    expect(ontology.some((q) => q.object.termType === 'Literal' && q.object.language)).toBe(true);
    await expectSameAsJsonLdJs(ontology);
    await expectSameAsJsonLdJs([...survey, ...ontology]);
  });

  it('should give jsonld.js\'s shapes for one node (no @graph) and for none (only @context)', async () => {
    const one = survey.filter((q) => q.subject.equals(survey[0]!.subject));
    for (const context of [CONTEXT, RICH_CONTEXT, {}]) {
      for (const quads of [[], one]) expect(quadsToCompactJsonLd(quads, context)).toBe(await oldPipeline(quads, context));
    }
    expect(Object.keys(JSON.parse(quadsToCompactJsonLd([], CONTEXT)))).toEqual(['@context']);
    expect(Object.keys(JSON.parse(quadsToCompactJsonLd(one, CONTEXT)))).toContain('id');
    expect(quadsToCompactJsonLd([], {})).toBe('{}\n');
  });

  it('should drop duplicate quads as jsonld.js does, and refuse named graphs and RDF lists', async () => {
    const s = namedNode(`${EX}s`);
    const doubled = [quad(s, namedNode(`${RDFS}label`), literal('x')), quad(s, namedNode(`${RDF}type`), namedNode(`${EX}T`))];
    expect(quadsToCompactJsonLd([...doubled, ...doubled], CONTEXT)).toBe(await oldPipeline(doubled, CONTEXT));
    expect(() => quadsToCompactJsonLd([quad(s, namedNode(`${EX}p`), literal('x'), namedNode(`${EX}g`))], CONTEXT)).toThrow(/named graphs/);
    expect(() => quadsToCompactJsonLd([quad(s, namedNode(`${EX}p`), namedNode(`${RDF}nil`))], CONTEXT)).toThrow(/rdf:nil/);
  });

  it('should lower-case language tags as jsonld.js\'s expansion does, whatever factory made the literal', async () => {
    const upper = { termType: 'Literal', value: 'Hi', language: 'EN-GB', direction: '', datatype: namedNode(`${RDF}langString`), equals: () => false } as unknown as Quad_Object;
    const quads = [quad(namedNode(`${EX}s`), namedNode(`${RDFS}label`), upper)];
    for (const context of [CONTEXT, RICH_CONTEXT]) expect(quadsToCompactJsonLd(quads, context)).toBe(await oldPipeline(quads, context));
    expect(quadsToCompactJsonLd(quads, CONTEXT)).toContain('"en-gb"');
  });
});

describe('JsonLdWriter', () => {
  it('should stream quad by quad, in many writes, exactly the document quadsToCompactJsonLd gives', () => {
    const quads = jsonLdOrder(buildGraph(readFileSync('data/sok-deai-README.md', 'utf8')).quads);
    const chunks: string[] = [];
    const writer = new JsonLdWriter(CONTEXT, (chunk) => chunks.push(chunk));
    for (const q of quads) writer.add(q);
    const beforeEnd = chunks.length;
    writer.end();
    expect(beforeEnd).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(quadsToCompactJsonLd(quads, CONTEXT));
  });
});

// Random graphs: subjects, predicates (with and without terms) and objects chosen to hit every compaction rule.
const IRI_POOL = [`${DEAI}Stage1`, `${DEAI}coversStage`, DEAI, 'http://schema.org/', DCT, `${EX}o`, `${EX}p`, `${EX}Thing`, `${EX}vocab#x`, `${EX}np/x`, `${EX}special`, `${EX}`, 'urn:x:o', `${RDFS}label`, `${XSD}string`];
const subjects: fc.Arbitrary<Quad_Subject> = fc.oneof(
  fc.constantFrom(`${DEAI}project/a`, `${EX}s`, `${EX}vocab#s`, 'urn:x:s', DEAI).map((iri) => namedNode(iri)),
  fc.constantFrom('b0', 'b1').map((label) => blankNode(label)),
);
const predicates: fc.Arbitrary<Quad_Predicate> = fc
  .constantFrom(`${DEAI}coversStage`, `${RDFS}label`, `${DEAI}sourceLine`, `${DEAI}year`, `${DCT}source`, `${RDF}type`, `${SKOS}altLabel`, `${DCT}isPartOf`, `${EX}p`, `${EX}n`, `${EX}j`, `${EX}count`, `${EX}special`, `${EX}vocab#q`, EX, 'urn:x:p', 'http://schema.org/')
  .map((iri) => namedNode(iri));
const text = fc.oneof(fc.constantFrom('', '"', '\\', 'a\nb\r\tc', 'é ü 中文', ']]>', '😀', '{"a":1}', '<tag>', '\u0000\u001f\u2028'), fc.string({ unit: 'binary', maxLength: 12 }));
const typed = (datatype: string, forms: string[]): fc.Arbitrary<Quad_Object> => fc.constantFrom(...forms).map((form) => literal(form, namedNode(datatype)));
const objects: fc.Arbitrary<Quad_Object> = fc.oneof(
  fc.constantFrom(...IRI_POOL).map((iri) => namedNode(iri)),
  fc.constantFrom('b0', 'b1', 'b2').map((label) => blankNode(label)),
  text.map((value) => literal(value)),
  fc.tuple(text, fc.constantFrom('en', 'en-GB', 'de', 'EN')).map(([value, language]) => literal(value, language)),
  typed(`${XSD}integer`, ['0', '42', '-17', '007', '-0', '+5', ' 1', '1.5', '1e3', '0x10', 'abc', '', '12345678901234567890', '9007199254740991', '9007199254740993', '-9007199254740993']),
  fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map((n) => literal(String(n), namedNode(`${XSD}integer`))),
  typed(`${XSD}double`, ['1.5', '1e3', '1E400', '-0', '0', 'NaN', 'INF', '-INF', '.5', '0x10', 'abc', '5']),
  fc.double({ noNaN: true }).map((d) => literal(String(d), namedNode(`${XSD}double`))),
  typed(`${XSD}boolean`, ['true', 'false', '1', '0', 'TRUE', 'yes']),
  typed(`${XSD}gYear`, ['2020', '-0044', 'abc']),
  typed(`${XSD}decimal`, ['1.0', '-0.5']),
  typed(`${XSD}date`, ['2020-01-01']),
  typed(`${EX}dt`, ['x']),
  typed(`${DEAI}custom`, ['y']),
  typed(`${RDF}JSON`, ['{"b":[1,2,{"c":null}],"a":"x"}', '[]', '[1,[2]]', '"s"', '1', 'true', 'null']),
);
const graphs = fc.array(fc.tuple(subjects, predicates, objects), { maxLength: 40 }).map((triples) => {
  const unique = new Map<string, Quad>();
  for (const [s, p, o] of triples) {
    const q = quad(s, p, o, defaultGraph());
    unique.set(`${q.subject.termType}|${q.subject.value}|${q.predicate.value}|${q.object.termType}|${q.object.value}|${q.object.termType === 'Literal' ? `${q.object.datatype.value}@${q.object.language}` : ''}`, q);
  }
  return [...unique.values()];
});

describe('quadsToCompactJsonLd on random graphs', () => {
  it('should agree with jsonld.js under the bundled context', async () => {
    await fc.assert(fc.asyncProperty(graphs, (quads) => expectSameAsJsonLdJs(quads)), { numRuns: 300 });
  });

  it('should agree with jsonld.js under a context with many kinds of term definitions', async () => {
    await fc.assert(fc.asyncProperty(graphs, (quads) => expectSameAsJsonLdJs(quads, RICH_CONTEXT, ['nodes', 'identifier'])), { numRuns: 200 });
  });

  it('should agree with jsonld.js under an empty context', async () => {
    await fc.assert(fc.asyncProperty(graphs, (quads) => expectSameAsJsonLdJs(quads, {}, ['@graph', '@id'])), { numRuns: 50 });
  });
});
