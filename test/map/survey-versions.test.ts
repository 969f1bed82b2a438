// Later versions of the survey build without code changes: renamed headers map through the ontology, new columns
// and values are minted with a warning, and nothing in the table is lost (the table rebuilt from the graph equals it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, bundledQueries, graphToTable, type KnowledgeGraph, query, tableToMarkdown, validateGraph } from '../../src/index.js';
import { BIBO, DCTERMS, DEAI, OWL, RDF, RDFS, SCHEMA, SKOS, XSD } from '../../src/vocab/namespaces.js';
import { tableCells } from '../helpers/markdown-table.js';
import { labelsWith, objects, P, subjects } from '../helpers/seed.js';

const DIR = 'test/fixtures/versions';
const D = DEAI;
const source = (name: string): string => readFileSync(`${DIR}/${name}`, 'utf8');
const build = (name: string): KnowledgeGraph => buildGraph(source(name), { file: name });
const warnings = (graph: KnowledgeGraph): Array<[string, number]> => graph.diagnostics.map((d) => [d.code, d.place.line]);
const column = (n: number): string => `https://w3id.org/deai/survey/column/${n}`;

describe('Every fixture of a later survey version', () => {
  const names = ['renamed-headers.md', 'footnote-headers.md', 'footnote-defined.md', 'new-glyph-column.md', 'renamed-text-column.md', 'multi-mechanism.md',
    'no-trailing-pipe.md', 'stray-pipes.md', 'academic-papers.md', 'later-real-excerpt.md', 'later-real-version.md', '../golden/sok-deai-README-academic.md'];

  it.each(names)('%s: builds, conforms to the SHACL shapes, and its table comes back from the graph cell for cell', async (name) => {
    const graph = build(name);
    expect((await validateGraph(graph)).violations).toEqual([]);
    const rebuilt = tableCells(tableToMarkdown(await graphToTable(graph)));
    const original = tableCells(source(name)).filter((row) => row.some((cell) => cell !== ''));
    expect(rebuilt).toEqual(original);
  });
});

describe('Renamed headers map through the ontology labels', () => {
  const graph = build('renamed-headers.md');
  const q = graph.quads;

  it('should map "Model Inference", "Model Marketplace" and "AI Assets Tokenization" with no warning', () => {
    expect(warnings(graph)).toEqual([]);
    expect(objects(q, column(6), D('columnFor'))).toEqual([D('Inference')]);
    expect(objects(q, column(7), D('columnFor'))).toEqual([D('Marketplace')]);
    expect(objects(q, column(15), D('columnFor'))).toEqual([D('AssetTokenization')]);
    expect(objects(q, column(6), RDFS('label'))).toEqual(['Model Inference']);
  });

  it('should link the ● cells of the renamed columns as before', () => {
    expect(objects(q, P('allora'), D('coversStage'))).toEqual([D('Inference')]);
    expect(objects(q, P('saharaai'), D('coversStage'))).toEqual([D('Marketplace')]);
    expect(objects(q, P('saharaai'), D('hasCapability'))).toEqual([D('AssetTokenization'), D('Auditability'), D('EnhancedSecurity'), D('IncentiveMechanism'), D('PermissionControl'), D('PublicReference')]);
  });
});

describe('Footnote markers in headers', () => {
  it.each([
    ['footnote-headers.md', 'survey/note/decentralization'],
    ['footnote-defined.md', 'survey/note/footnote-2'],
  ])('%s: "Decentralization" is still the capability; the label has no marker, the header as written is kept, the marker links the note', (name, note) => {
    const graph = build(name);
    expect(warnings(graph)).toEqual([]);
    expect(objects(graph.quads, column(3), D('columnFor'))).toEqual([D('Decentralization')]);
    expect(objects(graph.quads, column(3), RDFS('label'))).toEqual(['Decentralization']);
    expect(objects(graph.quads, column(3), D('sourceText'))).toEqual(['Decentralization[^2]']);
    expect(objects(graph.quads, column(3), D('note'))).toEqual([`https://w3id.org/deai/${note}`]);
    expect(objects(graph.quads, P('akash'), D('partiallyHasCapability'))).toEqual([D('Decentralization')]);
  });

  it('should keep the footnote as a note with its text, label and line', () => {
    const q = build('footnote-defined.md').quads;
    const note = 'https://w3id.org/deai/survey/note/footnote-2';
    expect(objects(q, note, RDF('type'))).toEqual([D('Note')]);
    expect(objects(q, note, SCHEMA('text'))).toEqual(['We mark most projects as partially decentralized.']);
    expect(objects(q, note, D('footnoteLabel'))).toEqual(['2']);
    expect(objects(q, note, D('sourceLine'))).toEqual(['7']);
    expect(objects(q, column(3), RDFS('comment'))).toEqual(['We mark most projects as partially decentralized.']);
  });
});

describe('A new column of marks named after a security assumption ("Staking")', () => {
  const graph = build('new-glyph-column.md');
  const q = graph.quads;

  it('should map the column to the concept deai:Staking, with no warning', () => {
    expect(warnings(graph)).toEqual([]);
    expect(objects(q, column(6), D('columnFor'))).toEqual([D('Staking')]);
  });

  it('should keep every cell of it as an assessment whose criterion is deai:Staking, ○ included', () => {
    expect(objects(q, `${P('gensyn')}/assessment/Staking`, D('criterion'))).toEqual([D('Staking')]);
    expect(objects(q, `${P('gensyn')}/assessment/Staking`, D('level'))).toEqual([D('Full')]);
    expect(objects(q, `${P('numerai')}/assessment/Staking`, D('level'))).toEqual([D('Partial')]);
    expect(objects(q, `${P('filecoin')}/assessment/Staking`, D('level'))).toEqual([D('Absent')]);
    expect(objects(q, `${P('gensyn')}/assessment/Staking`, RDFS('label'))).toEqual(['Gensyn: Staking (Full)']);
  });

  it('should state the assumption for ● (deai:reliesOn) and a partial one for ◑ (deai:partiallyReliesOn)', () => {
    expect(objects(q, P('gensyn'), D('reliesOn'))).toEqual([D('ProofOfLearning'), D('Staking')]);
    expect(objects(q, P('numerai'), D('partiallyReliesOn'))).toEqual([D('Staking')]);
    expect(subjects(q, D('reliesOn'), D('Staking'))).toEqual([P('gensyn'), P('numerai')]);
    expect(objects(q, P('filecoin'), D('reliesOn'))).toEqual([D('ProofOfReplication'), D('ProofOfSpacetime')]);
  });
});

describe('A new column of marks the ontology does not know', () => {
  const text = '| Project | Compute | Incentive Mechanism | Governance | Security Assumption |\n|---|---|---|---|---|\n| [A](https://a.example/) | ○ | ◑ | ● | Staking |\n| [B](https://b.example/) | ● | ● | ◑ | ? |\n';
  const graph = buildGraph(text, { file: 'new.md' });
  const q = graph.quads;
  const governance = 'https://w3id.org/deai/criterion/governance';

  it('should warn once, naming the column and the minted criterion', () => {
    expect(warnings(graph)).toEqual([['table/unknown-criterion', 1]]);
    expect(graph.diagnostics[0]?.message).toContain('"Governance"');
    expect(graph.diagnostics[0]?.message).toContain(governance);
  });

  it('should mint a capability (it stands among the capability columns) in the capability scheme, labelled and defined', () => {
    expect(objects(q, governance, RDF('type'))).toEqual([SKOS('Concept'), D('Capability')]);
    expect(objects(q, governance, SKOS('inScheme'))).toEqual([D('CapabilityScheme')]);
    expect(objects(q, governance, SKOS('prefLabel'))).toEqual(['Governance']);
    expect(objects(q, governance, RDFS('label'))).toEqual(['Governance']);
    expect(objects(q, governance, SKOS('definition'))).toEqual(['"Governance": a column of the survey\'s overview table that the DeAI ontology does not define (minted from new.md).']);
  });

  it('should keep every cell of it as an assessment and link ● and ◑', () => {
    expect(objects(q, `${P('a')}/assessment/governance`, D('level'))).toEqual([D('Full')]);
    expect(objects(q, `${P('b')}/assessment/governance`, D('level'))).toEqual([D('Partial')]);
    expect(subjects(q, D('hasCapability'), governance)).toEqual([P('a')]);
    expect(subjects(q, D('partiallyHasCapability'), governance)).toEqual([P('b')]);
  });

  it('should mint a lifecycle stage when the new column stands among the stage columns', () => {
    const text = '| Project | Compute | Fine-tuning | Training | Security Assumption |\n|---|---|---|---|---|\n| [A](https://a.example/) | ○ | ● | ○ | Staking |\n';
    const g = buildGraph(text, { file: 'stage.md' });
    const tuning = 'https://w3id.org/deai/criterion/fine-tuning';
    expect(objects(g.quads, tuning, SKOS('inScheme'))).toEqual([D('LifecycleStageScheme')]);
    expect(objects(g.quads, P('a'), D('coversStage'))).toEqual([tuning]);
  });
});

describe('Free-text columns', () => {
  const graph = build('renamed-text-column.md');
  const q = graph.quads;
  const trust = 'https://w3id.org/deai/property/trust-model';

  it('should read "Security Guarantee" as the security assumption column (an ontology altLabel)', () => {
    expect(objects(q, column(3), D('columnFor'))).toEqual([D('securityAssumptionText')]);
    expect(objects(q, P('akash'), D('reliesOn'))).toEqual([D('Staking')]);
  });

  it('should keep an unknown text column under a minted property, with a warning that names it', () => {
    expect(warnings(graph)).toEqual([['table/unknown-text-column', 3]]);
    expect(graph.diagnostics[0]?.message).toContain('"Trust Model"');
    expect(objects(q, P('akash'), trust)).toEqual(['Validators elected by stake']);
    expect(objects(q, P('nosana'), trust)).toEqual([]);
    expect(objects(q, trust, RDF('type'))).toEqual([OWL('DatatypeProperty')]);
    expect(objects(q, trust, RDFS('label'))).toEqual(['Trust Model']);
  });
});

describe('Cells that name several mechanisms', () => {
  const graph = build('multi-mechanism.md');
  const q = graph.quads;

  it('should split "ZKP + MPC", "Proof-of-Replication/Spacetime" and "ZKP + FHE[^3] + MPC" into concepts, with no warning', () => {
    expect(warnings(graph)).toEqual([]);
    expect(objects(q, P('shinkai'), D('reliesOn'))).toEqual([D('MultiPartyComputation'), D('ZeroKnowledgeProof')]);
    expect(objects(q, P('filecoin'), D('reliesOn'))).toEqual([D('ProofOfReplication'), D('ProofOfSpacetime')]);
    expect(objects(q, P('sertn'), D('reliesOn'))).toEqual([D('FullyHomomorphicEncryption'), D('MultiPartyComputation'), D('ZeroKnowledgeProof')]);
    expect(objects(q, P('grass'), D('reliesOn'))).toEqual([D('ReputationMechanism'), D('ZeroKnowledgeProof')]);
  });

  it('should keep the cell text as written, footnote marker included', () => {
    expect(objects(q, P('sertn'), D('securityAssumptionText'))).toEqual(['ZKP + FHE[^3] + MPC']);
  });
});

describe('Table rows in other shapes', () => {
  it('should read rows without a trailing pipe', () => {
    const graph = build('no-trailing-pipe.md');
    expect(warnings(graph)).toEqual([]);
    expect(labelsWith(graph.quads, RDF('type'), D('Project'))).toEqual(['Akash', 'Gensyn']);
    expect(objects(graph.quads, P('gensyn'), D('partiallyCoversStage'))).toEqual([D('Training')]);
    expect(objects(graph.quads, P('gensyn'), D('reliesOn'))).toEqual([D('ProofOfLearning'), D('Staking')]);
  });

  it('should skip stray rows of only pipes, with a warning at each', () => {
    const graph = build('stray-pipes.md');
    expect(warnings(graph)).toEqual([['table/empty-row', 6], ['table/empty-row', 8]]);
    expect(labelsWith(graph.quads, RDF('type'), D('Project'))).toEqual(['Akash', 'Gensyn']);
    expect(objects(graph.quads, P('gensyn'), D('sourceLine'))).toEqual(['7']);
  });
});

describe('Academic paper entries', () => {
  const graph = build('academic-papers.md');
  const q = graph.quads;
  const paper = (slug: string): string => `https://w3id.org/deai/paper/${slug}`;

  it('should make a deai:Paper of each, listed under the stage of its section, category Academic', () => {
    expect(warnings(graph)).toEqual([]);
    expect(labelsWith(q, RDF('type'), D('Paper'))).toEqual(['Reinforcement learning: A survey', 'The backpropagation algorithm', 'Truebit: A scalable verification solution for blockchains']);
    expect(objects(q, paper('reinforcement-learning-a-survey'), D('listedUnder'))).toEqual([D('TaskProposing')]);
    expect(objects(q, paper('the-backpropagation-algorithm'), D('listedUnder'))).toEqual([D('Compute')]);
    expect(objects(q, paper('reinforcement-learning-a-survey'), D('category'))).toEqual(['Academic']);
  });

  it('should read year, authors, venue, volume and pages, the arXiv id from the link, and a [chapter] link as the paper link', () => {
    const rl = paper('reinforcement-learning-a-survey');
    expect(q.filter((x) => x.subject.value === rl && x.predicate.value === D('year')).map((x) => [x.object.value, (x.object as { datatype: { value: string } }).datatype.value])).toEqual([['1996', XSD('integer')]]);
    expect(objects(q, rl, D('authors'))).toEqual(['L. P. Kaelbling et al.']);
    expect(objects(q, rl, D('author'))).toEqual(['L. P. Kaelbling']);
    expect(objects(q, rl, D('venue'))).toEqual(['Journal of Artificial Intelligence Research']);
    expect(objects(q, rl, BIBO('volume'))).toEqual(['4']);
    expect(objects(q, rl, BIBO('pages'))).toEqual(['237–285']);
    expect(objects(q, rl, DCTERMS('identifier'))).toEqual(['arXiv:cs/9605103']);
    expect(objects(q, rl, SCHEMA('sameAs'))).toEqual(['https://arxiv.org/abs/cs/9605103']);
    expect(objects(q, rl, DCTERMS('bibliographicCitation'))).toEqual(['L. P. Kaelbling et al. Journal of Artificial Intelligence Research, vol. 4, pp. 237–285, 1996.']);
    expect(objects(q, paper('the-backpropagation-algorithm'), BIBO('doi'))).toEqual(['10.1007/978-3-642-61068-4_7']);
    expect(objects(q, paper('the-backpropagation-algorithm'), SCHEMA('sameAs'))).toEqual(['https://doi.org/10.1007/978-3-642-61068-4_7']);
    expect(objects(q, paper('the-backpropagation-algorithm'), D('paperLink'))).toEqual(['https://link.springer.com/chapter/10.1007/978-3-642-61068-4_7']);
  });
});

describe('An excerpt of a real later version of the survey', () => {
  const graph = build('later-real-excerpt.md');
  const q = graph.quads;

  it('should build with warnings only for what is new: new mechanisms, a name that differs by ".io"', () => {
    expect(warnings(graph)).toEqual([
      ['heading/level-slip', 72],
      ['resolve/name-variant', 70],
      ['assumption/unknown', 19], ['assumption/unknown', 19],
      ['assumption/unknown', 23], ['assumption/unknown', 24], ['assumption/unknown', 25], ['assumption/unknown', 26],
      ['assumption/unknown', 30], ['assumption/unknown', 32],
    ]);
  });

  it('should map the renamed columns: "Agents" is Application, "Security Guarantee" the assumption column', () => {
    expect(objects(q, column(8), D('columnFor'))).toEqual([D('Application')]);
    expect(objects(q, column(18), D('columnFor'))).toEqual([D('securityAssumptionText')]);
    expect(objects(q, P('fetch-ai'), D('coversStage'))).toEqual([D('Application')]);
  });

  it('should keep every cell: 17 rows × 16 columns of marks are 272 assessments', () => {
    expect(subjects(q, RDF('type'), D('Assessment'))).toHaveLength(17 * 16);
  });

  it('should map known mechanisms under their new spellings and mint the unknown ones', () => {
    // ORA and Render Network are ● in the Staking column too.
    expect(objects(q, P('ora'), D('reliesOn'))).toEqual([D('FraudProof'), D('Staking')]);
    expect(objects(q, P('render-network'), D('reliesOn'))).toEqual([D('ProofOfRendering'), D('ReputationMechanism'), D('Staking')]);
    expect(objects(q, P('bittensor'), D('reliesOn'))).toEqual(['https://w3id.org/deai/assumption/yuma-consensus', D('Staking')]);
    expect(objects(q, 'https://w3id.org/deai/assumption/yuma-consensus', SKOS('inScheme'))).toEqual([D('SecurityAssumptionScheme')]);
  });

  it('should list the section-only projects (Morpheus, Sahara) and join "FLock" to the table\'s "FLock.io"', () => {
    expect(subjects(q, RDF('type'), D('Project'))).toHaveLength(17 + 2);
    expect(objects(q, P('flock-io'), SKOS('altLabel'))).toEqual(['FLock']);
  });
});

describe('A whole later version of the survey (notes, figures, a Staking column, renamed projects)', () => {
  const graph = build('later-real-version.md');
  const q = graph.quads;
  const SURVEY = 'https://w3id.org/deai/survey';
  const note = (id: string): string => `${SURVEY}/note/${id}`;
  const assumption = (slug: string): string => `https://w3id.org/deai/assumption/${slug}`;

  it('should keep the introduction as the survey\'s abstract, three paragraphs', () => {
    const [abstract] = objects(q, SURVEY, DCTERMS('abstract'));
    expect(abstract?.split('\n\n').map((p) => p.slice(0, 40))).toEqual([
      'The centralization of Artificial Intelli',
      'In this work, we present a Systematizati',
      'This repo contains the list of papers an',
    ]);
  });

  it('should keep both figures with their path and caption', () => {
    expect(objects(q, SURVEY, SCHEMA('image'))).toEqual([`${SURVEY}/figure/1`, `${SURVEY}/figure/2`]);
    expect(objects(q, `${SURVEY}/figure/1`, RDF('type'))).toEqual([SCHEMA('ImageObject')]);
    expect(objects(q, `${SURVEY}/figure/1`, SCHEMA('contentUrl'))).toEqual(['assets/figure1.png']);
    expect(objects(q, `${SURVEY}/figure/2`, SCHEMA('caption'))).toEqual([
      'Figure2: A DeAI model lifecycle consists of four phases: 1.trask proposing, 2.pre-training, 3.on-training, and 4.post-training.',
    ]);
    expect(objects(q, `${SURVEY}/figure/1`, D('sourceLine'))).toEqual(['15']);
  });

  it('should attach each note under the table to what it explains: a column, a concept, a project', () => {
    expect(objects(q, column(16), D('note'))).toEqual([note('decentralization')]);
    expect(objects(q, column(16), RDFS('comment'))).toEqual(["We mark most existing DeAI solutions as 'partially' decentralized as they have centralized or off-chain components."]);
    expect(objects(q, D('FullyHomomorphicEncryption'), SKOS('scopeNote'))).toEqual(['Fully Homomorphic Encryption.']);
    expect(objects(q, D('FullyHomomorphicEncryption'), D('note'))).toEqual([note('fhe')]);
    expect(objects(q, P('prime-intellect'), D('note'))).toEqual([note('prime-intellect')]);
    expect(objects(q, note('fhe'), D('sourceLine'))).toEqual(['104']);
    expect(subjects(q, RDF('type'), D('Note'))).toHaveLength(3);
  });

  it('should take the markers out of every label and keep the header as written', () => {
    const labels = q.filter((x) => [RDFS('label'), SKOS('prefLabel'), SKOS('altLabel'), DCTERMS('title')].includes(x.predicate.value)).map((x) => x.object.value);
    expect(labels.filter((l) => l.includes('[^'))).toEqual([]);
    expect(objects(q, column(16), RDFS('label'))).toEqual(['Decentralization']);
    expect(objects(q, column(16), D('sourceText'))).toEqual(['Decentralization[^2]']);
  });

  it('should read the "Staking" column as deai:Staking: ● states it, ◑ partly', () => {
    expect(objects(q, column(17), D('columnFor'))).toEqual([D('Staking')]);
    expect(subjects(q, D('partiallyReliesOn'), D('Staking'))).toEqual([P('immutable-labs'), P('kip'), P('numerai'), P('sertn')]);
    expect(objects(q, `${P('vana')}/assessment/Staking`, D('criterion'))).toEqual([D('Staking')]);
  });

  it('should answer the bundled question about inference and staking on this version', async () => {
    const named = bundledQueries().find((n) => n.name === 'inference-with-staking');
    const result = await query(graph, named?.sparql ?? '');
    const rows = result.type === 'bindings' ? result.rows.map((r) => [r.project?.value, r.certainty?.value]) : [];
    expect(rows).toEqual([['Allora', 'stated'], ['FLock.io', 'stated'], ['Numerai', 'partial'], ['ORA', 'stated'], ['Ritual', 'stated'], ['Sertn', 'partial']]);
  });

  it('should join the projects the sections name differently, each name an altLabel', () => {
    expect(objects(q, P('flock-io'), SKOS('altLabel'))).toEqual(['FLock']);
    expect(objects(q, P('saharaai'), SKOS('altLabel'))).toEqual(['Sahara']);
    expect(objects(q, P('fetch-ai'), SKOS('altLabel'))).toEqual(['Fetch']);
    expect(objects(q, P('immutable-labs'), SKOS('altLabel'))).toEqual(['Immutable']);
    expect(objects(q, P('balance-dao'), SKOS('altLabel'))).toEqual(['Balance AI']);
    expect(labelsWith(q, RDF('type'), D('Project')).filter((l) => !objects(q, subjects(q, RDFS('label'), l)[0] ?? '', D('assessment')).length)).toEqual(['Morpheus']);
    expect(warnings(graph).filter(([code]) => code.startsWith('resolve/'))).toEqual([['resolve/name-variant', 192], ['resolve/name-variant', 250]]);
  });

  it('should mint one concept per new mechanism however it is capitalised, under the known one it names', () => {
    expect(objects(q, assumption('on-chain-consensus'), SKOS('prefLabel'))).toEqual(['On-chain Consensus']);
    expect(objects(q, assumption('on-chain-consensus'), SKOS('altLabel'))).toEqual(['On-chain consensus']);
    expect(objects(q, assumption('on-chain-consensus'), RDFS('label'))).toEqual(['On-chain Consensus']);
    expect(objects(q, assumption('green-proof-of-work'), SKOS('broader'))).toEqual([D('ProofOfWork')]);
    expect(objects(q, assumption('yuma-consensus'), SKOS('broader'))).toEqual([]);
    expect(subjects(q, D('reliesOn'), assumption('on-chain-consensus'))).toHaveLength(12);
  });
});
