// Each SHACL shape of ontology/shapes.ttl fires on a graph that breaks it, and clean graphs conform.
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph, type KnowledgeGraph } from '../../src/index.js';
import { readShapes } from '../../src/node/validate-graph.js';
import { validateQuads } from '../../src/validate/validate-quads.js';
import { BIBO, DCTERMS, DEAI, PROV, RDF, RDFS, SCHEMA, SKOS, VOID, XSD } from '../../src/vocab/namespaces.js';
import { seedGraph } from '../helpers/seed.js';
import { diffSurveys } from '../../src/diff/diff-surveys.js';
import { diffToQuads } from '../../src/diff/diff-to-quads.js';
import { markdownToVersion } from '../../src/diff/markdown-to-version.js';
import { NO_VARIANTS } from '../../src/resolve/name-variants.js';

const { namedNode, literal, blankNode, quad } = DataFactory;
const SH = 'http://www.w3.org/ns/shacl#';
const SHAPE = (local: string): string => `<https://w3id.org/deai/shapes#${local}>`;
const I = (path: string): string => `https://w3id.org/deai/${path}`;

// The minimal golden survey: two table rows, a section-only project, a paper, typed links.
const base: KnowledgeGraph = buildGraph(readFileSync('test/fixtures/golden/minimal.md', 'utf8'), { file: 'minimal.md' });
const shapes = readShapes();
const ALPHA = I('project/alpha-net');
const ALPHA_TRAINING = I('project/alpha-net/assessment/Training');
const PAPER = I('paper/learning-in-the-open');
const LISTING = I('project/alpha-net/listing/OnTraining');

type Term = string | { literal: string; datatype?: string; language?: string } | { blank: string };
const term = (t: Term) =>
  typeof t === 'string' ? namedNode(t) : 'blank' in t ? blankNode(t.blank) : literal(t.literal, t.language ?? (t.datatype ? namedNode(t.datatype) : undefined));
const add = (s: Term, p: string, o: Term) => (quads: Quad[]): Quad[] => [...quads, quad(term(s) as never, namedNode(p), term(o) as never)];
const drop = (s: string, p: string, o?: string) => (quads: Quad[]): Quad[] =>
  quads.filter((q) => !(q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o)));
const str = (value: string) => ({ literal: value });
const int = (value: string) => ({ literal: value, datatype: XSD('integer') });

async function violations(quads: readonly Quad[]) {
  return (await validateQuads([...quads, ...base.ontology.quads], shapes)).violations;
}

// The changes between the diff fixtures, as `deai-kg diff -f rdf` writes them; change 1 is "Gamma added".
const version = (path: string) => markdownToVersion(readFileSync(path, 'utf8'), { ontology: base.ontology, variants: NO_VARIANTS, file: path });
const CHANGES = diffToQuads(diffSurveys(version('test/fixtures/diff/before.md'), version('test/fixtures/diff/after.md'), NO_VARIANTS), { from: { id: 'a', label: 'a' }, to: { id: 'b', label: 'b' } }, I(''));
const CHANGE = I('version/b/changes/1');
const withChanges = (...edits: ((q: Quad[]) => Quad[])[]) => (q: Quad[]): Quad[] => edits.reduce((acc, f) => f(acc), [...q, ...CHANGES]);

// [shape that must fire, focus node, what breaks it]
const CASES: Array<[string, string, (q: Quad[]) => Quad[]]> = [
  ['Project', '_:', (q) => [add({ blank: 'p' }, RDF('type'), DEAI('Project')), add({ blank: 'p' }, RDFS('label'), str('Blank')), add({ blank: 'p' }, DEAI('sourceLine'), int('5')), add({ blank: 'p' }, PROV('wasDerivedFrom'), I('survey'))].reduce((acc, f) => f(acc), q)],
  ['Project-label', ALPHA, add(ALPHA, RDFS('label'), str('Second name'))],
  ['Project-sourceLine', ALPHA, drop(ALPHA, DEAI('sourceLine'))],
  ['Project-derivedFrom', ALPHA, drop(ALPHA, PROV('wasDerivedFrom'))],
  ['Project-assessment', ALPHA, add(ALPHA, DEAI('assessment'), DEAI('Training'))],
  ['Project-coversStage', ALPHA, add(ALPHA, DEAI('coversStage'), DEAI('Staking'))],
  ['Project-partiallyCoversStage', ALPHA, add(ALPHA, DEAI('partiallyCoversStage'), DEAI('Auditability'))],
  ['Project-hasCapability', ALPHA, add(ALPHA, DEAI('hasCapability'), DEAI('Training'))],
  ['Project-partiallyHasCapability', ALPHA, add(ALPHA, DEAI('partiallyHasCapability'), DEAI('Staking'))],
  ['Project-reliesOn', ALPHA, add(ALPHA, DEAI('reliesOn'), DEAI('Training'))],
  ['Project-possiblyReliesOn', ALPHA, add(ALPHA, DEAI('possiblyReliesOn'), DEAI('Full'))],
  ['Project-partiallyReliesOn', ALPHA, add(ALPHA, DEAI('partiallyReliesOn'), DEAI('Training'))],
  ['Project-assumptionText', ALPHA, add(ALPHA, DEAI('securityAssumptionText'), str('A second cell'))],
  ['Project-category', ALPHA, add(ALPHA, DEAI('category'), str('Other'))],
  ['Project-listedUnder', ALPHA, add(ALPHA, DEAI('listedUnder'), DEAI('Staking'))],
  ['Project-listing', ALPHA, add(ALPHA, DEAI('listing'), ALPHA_TRAINING)],
  ['Links-reference', ALPHA, add(ALPHA, DEAI('reference'), 'javascript:alert(1)')],
  ['Links-whitepaper', ALPHA, add(ALPHA, DEAI('whitepaper'), str('https://alpha.example/whitepaper.pdf'))],
  ['Links-documentation', ALPHA, add(ALPHA, DEAI('documentation'), 'ftp://alpha.example/docs')],
  ['Links-sourceCode', ALPHA, add(ALPHA, DEAI('sourceCode'), 'file:///etc/passwd')],
  ['Links-paperLink', PAPER, add(PAPER, DEAI('paperLink'), 'data:text/html,hi')],
  ['Links-link', ALPHA, add(ALPHA, DEAI('link'), 'mailto:team@alpha.example')],
  ['Assessment', '_:', (q) => [add({ blank: 'a' }, RDF('type'), DEAI('Assessment'))].reduce((acc, f) => f(acc), q)],
  ['Assessment-criterion', ALPHA_TRAINING, add(ALPHA_TRAINING, DEAI('criterion'), DEAI('Compute'))],
  ['Assessment-criterion', ALPHA_TRAINING, (q) => add(ALPHA_TRAINING, DEAI('criterion'), DEAI('Full'))(drop(ALPHA_TRAINING, DEAI('criterion'))(q))],
  ['Assessment-level', ALPHA_TRAINING, (q) => add(ALPHA_TRAINING, DEAI('level'), DEAI('Training'))(drop(ALPHA_TRAINING, DEAI('level'))(q))],
  ['Assessment-level', ALPHA_TRAINING, drop(ALPHA_TRAINING, DEAI('level'))],
  ['Assessment-project', ALPHA_TRAINING, drop(ALPHA, DEAI('assessment'), ALPHA_TRAINING)],
  ['Assessment-project', ALPHA_TRAINING, add(I('project/beta'), DEAI('assessment'), ALPHA_TRAINING)],
  ['Assessment-column', ALPHA_TRAINING, drop(ALPHA_TRAINING, DEAI('column'))],
  ['Assessment-sourceLine', ALPHA_TRAINING, (q) => add(ALPHA_TRAINING, DEAI('sourceLine'), int('0'))(drop(ALPHA_TRAINING, DEAI('sourceLine'))(q))],
  ['Assessment-label', ALPHA_TRAINING, add(ALPHA_TRAINING, RDFS('label'), str('Another label'))],
  ['LifecycleStage-scheme', I('stage/new'), (q) => add(I('stage/new'), SKOS('prefLabel'), str('New'))(add(I('stage/new'), RDF('type'), DEAI('LifecycleStage'))(q))],
  ['Capability-scheme', I('criterion/new'), (q) => add(I('criterion/new'), SKOS('prefLabel'), str('New'))(add(I('criterion/new'), RDF('type'), DEAI('Capability'))(q))],
  ['SecurityAssumption-scheme', I('assumption/new'), (q) => add(I('assumption/new'), SKOS('prefLabel'), str('New'))(add(I('assumption/new'), RDF('type'), DEAI('SecurityAssumption'))(q))],
  ['Concept-prefLabel', I('assumption/new'), (q) => add(I('assumption/new'), SKOS('inScheme'), DEAI('SecurityAssumptionScheme'))(add(I('assumption/new'), RDF('type'), DEAI('SecurityAssumption'))(q))],
  ['Listing', '_:', (q) => [add({ blank: 'l' }, RDF('type'), DEAI('Listing')), add({ blank: 'l' }, DEAI('listedUnder'), DEAI('OnTraining')), add({ blank: 'l' }, DEAI('sourceLine'), int('3'))].reduce((acc, f) => f(acc), q)],
  ['Listing-listedUnder', LISTING, drop(LISTING, DEAI('listedUnder'))],
  ['Listing-sourceLine', LISTING, drop(LISTING, DEAI('sourceLine'))],
  ['Paper', '_:', (q) => [add({ blank: 'x' }, RDF('type'), DEAI('Paper')), add({ blank: 'x' }, RDFS('label'), str('T')), add({ blank: 'x' }, DEAI('sourceLine'), int('3'))].reduce((acc, f) => f(acc), q)],
  ['Paper-label', PAPER, drop(PAPER, RDFS('label'))],
  ['Paper-sourceLine', PAPER, add(PAPER, DEAI('sourceLine'), int('99'))],
  ['Paper-year', PAPER, (q) => add(PAPER, DEAI('year'), { literal: '2024', datatype: XSD('gYear') })(drop(PAPER, DEAI('year'))(q))],
  ['Paper-authors', PAPER, add(PAPER, DEAI('authors'), str('A. Author'))],
  ['Paper-venue', PAPER, add(PAPER, DEAI('venue'), str('Another venue'))],
  ['Paper-citation', PAPER, add(PAPER, DCTERMS('bibliographicCitation'), str('A. Author. Another venue, 2020.'))],
  ['Paper-doi', PAPER, add(PAPER, BIBO('doi'), str('https://doi.org/10.1145/1'))],
  ['Note', '_:', (q) => [add({ blank: 'n' }, RDF('type'), DEAI('Note')), add({ blank: 'n' }, SCHEMA('text'), str('A note.')), add({ blank: 'n' }, DEAI('sourceLine'), int('3'))].reduce((acc, f) => f(acc), q)],
  ['Note-text', I('survey/note/n'), (q) => add(I('survey/note/n'), DEAI('sourceLine'), int('3'))(add(I('survey/note/n'), RDF('type'), DEAI('Note'))(q))],
  ['Note-sourceLine', I('survey/note/n'), (q) => add(I('survey/note/n'), SCHEMA('text'), str('A note.'))(add(I('survey/note/n'), RDF('type'), DEAI('Note'))(q))],
  ['Figure-contentUrl', I('survey/figure/1'), (q) => add(I('survey/figure/1'), SCHEMA('contentUrl'), str('assets/figure1.png'))(add(I('survey'), SCHEMA('image'), I('survey/figure/1'))(q))],
  ['Concept-prefLabelPerLanguage', DEAI('Training'), add(DEAI('Training'), SKOS('prefLabel'), { literal: 'Model training', language: 'en' })],
  ['Concept-prefLabelWithoutLanguage', I('assumption/on-chain-consensus'), (q) => [
    add(I('assumption/on-chain-consensus'), RDF('type'), SKOS('Concept')),
    add(I('assumption/on-chain-consensus'), SKOS('prefLabel'), str('On-chain Consensus')),
    add(I('assumption/on-chain-consensus'), SKOS('prefLabel'), str('On-chain consensus')),
  ].reduce((acc, f) => f(acc), q)],
  ['Labels-label', I('survey/column/2'), (q) => add(I('survey/column/2'), RDFS('label'), str('Task Creation[^1]'))(drop(I('survey/column/2'), RDFS('label'))(q))],
  ['Labels-prefLabel', I('assumption/new'), add(I('assumption/new'), SKOS('prefLabel'), str('FHE[^3]'))],
  ['Labels-altLabel', ALPHA, add(ALPHA, SKOS('altLabel'), str('Alpha[^2]'))],
  ['Labels-title', PAPER, (q) => add(PAPER, DCTERMS('title'), str('Learning in the open[^1]'))(drop(PAPER, DCTERMS('title'))(q))],
  ['TableColumn-index', I('survey/column/2'), drop(I('survey/column/2'), DEAI('columnIndex'))],
  ['TableColumn-label', I('survey/column/2'), drop(I('survey/column/2'), RDFS('label'))],
  ['TableColumn-columnFor', I('survey/column/2'), (q) => add(I('survey/column/2'), DEAI('columnFor'), str('Task Creation'))(drop(I('survey/column/2'), DEAI('columnFor'))(q))],
  ['Survey-title', I('survey'), drop(I('survey'), DCTERMS('title'))],
  ['Survey-digest', I('survey'), (q) => add(I('survey'), DEAI('sourceDigest'), str('md5:0123'))(drop(I('survey'), DEAI('sourceDigest'))(q))],
  ['Dataset-triples', I('dataset'), drop(I('dataset'), VOID('triples'))],
  ['Change-kind', CHANGE, withChanges(drop(CHANGE, DEAI('changeKind')), add(CHANGE, DEAI('changeKind'), str('project-moved')))],
  ['Change-set', CHANGE, withChanges(drop(CHANGE, DEAI('changeSet')))],
  ['Change-entity', CHANGE, withChanges(add(CHANGE, DEAI('changedEntity'), I('project/beta')))],
  ['Change-from', CHANGE, withChanges(drop(CHANGE, DEAI('fromVersion')), add(CHANGE, DEAI('fromVersion'), I('project/beta')))],
  ['Change-to', CHANGE, withChanges(drop(CHANGE, DEAI('toVersion')))],
  ['Change-oldValue', CHANGE, withChanges(add(CHANGE, DEAI('oldValue'), { literal: '1', datatype: XSD('integer') }))],
  ['Change-newValue', CHANGE, withChanges(add(CHANGE, DEAI('newValue'), str('Gamma 2')))],
];

describe('The SHACL shapes (ontology/shapes.ttl)', () => {
  it('should find nothing wrong in the graph of the bundled survey', async () => {
    expect(await violations(seedGraph().quads)).toEqual([]);
  });

  it('should find nothing wrong in the minimal golden survey (papers, section-only projects, typed links)', async () => {
    expect(await violations(base.quads)).toEqual([]);
  });

  it('should find nothing wrong in the changes diff -f rdf writes (17 changes of the diff fixtures)', async () => {
    expect(CHANGES.filter((q) => q.object.value === DEAI('Change'))).toHaveLength(17);
    expect(await violations([...base.quads, ...CHANGES])).toEqual([]);
  });

  it.each(CASES.map(([shape, focus, breakIt], i) => [`${shape} #${i + 1}`, shape, focus, breakIt] as const))(
    'should fire %s on a graph that breaks it, and only on the broken node',
    async (_title, shape, focus, breakIt) => {
      const found = await violations(breakIt([...base.quads]));
      expect(found.map((v) => v.shape)).toContain(SHAPE(shape));
      const fired = found.filter((v) => v.shape === SHAPE(shape));
      for (const v of fired) expect(focus === '_:' ? v.focusNode.startsWith('_:') : v.focusNode).toBe(focus === '_:' ? true : `<${focus}>`);
    },
  );

  it('should have a breaking case above for every shape that is checked on its own', () => {
    const quads = new Parser().parse(readFileSync('ontology/shapes.ttl', 'utf8'));
    const subjectsWith = (p: string) => new Set(quads.filter((q) => q.predicate.value === p && q.subject.termType === 'NamedNode').map((q) => q.subject.value));
    const targeted = [SH + 'targetClass', SH + 'targetSubjectsOf'].flatMap((p) => [...subjectsWith(p)]);
    const ownConstraint = new Set([...subjectsWith(SH + 'nodeKind')].filter((s) => targeted.includes(s)));
    const named = [...subjectsWith(SH + 'path'), ...ownConstraint].map((iri) => `<${iri}>`).sort();
    expect(named.length).toBeGreaterThan(40);
    expect([...new Set(CASES.map(([shape]) => SHAPE(shape)))].sort()).toEqual(named);
  });
});
