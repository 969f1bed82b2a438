// Later versions of the survey build without code changes: renamed headers map through the ontology, new columns
// and values are minted with a warning, and nothing in the table is lost (the table rebuilt from the graph equals it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, graphToTable, type KnowledgeGraph, tableToMarkdown, validateGraph } from '../../src/index.js';
import { DEAI, OWL, RDF, RDFS, SKOS, XSD } from '../../src/vocab/namespaces.js';
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
    'no-trailing-pipe.md', 'stray-pipes.md', 'academic-papers.md', 'later-real-excerpt.md'];

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
    ['footnote-headers.md', 'Decentralization[^2]'],
    ['footnote-defined.md', 'Decentralization'],
  ])('%s: "Decentralization" is still the capability; the header is kept as written (%s)', (name, label) => {
    const graph = build(name);
    expect(warnings(graph)).toEqual([]);
    expect(objects(graph.quads, column(3), D('columnFor'))).toEqual([D('Decentralization')]);
    expect(objects(graph.quads, column(3), RDFS('label'))).toEqual([label]);
    expect(objects(graph.quads, P('akash'), D('partiallyHasCapability'))).toEqual([D('Decentralization')]);
  });
});

describe('A new glyph column ("Staking")', () => {
  const graph = build('new-glyph-column.md');
  const q = graph.quads;
  const staking = 'https://w3id.org/deai/criterion/staking';

  it('should warn once, naming the column and the minted criterion', () => {
    expect(warnings(graph)).toEqual([['table/unknown-criterion', 3]]);
    expect(graph.diagnostics[0]?.message).toContain('"Staking"');
    expect(graph.diagnostics[0]?.message).toContain(staking);
  });

  it('should mint a capability (it stands among the capability columns) in the capability scheme', () => {
    expect(objects(q, staking, RDF('type'))).toEqual([SKOS('Concept'), D('Capability')]);
    expect(objects(q, staking, SKOS('inScheme'))).toEqual([D('CapabilityScheme')]);
    expect(objects(q, staking, SKOS('prefLabel'))).toEqual(['Staking']);
  });

  it('should keep every cell of it as an assessment, ○ included, and link ● and ◑', () => {
    expect(objects(q, `${P('gensyn')}/assessment/staking`, D('level'))).toEqual([D('Full')]);
    expect(objects(q, `${P('numerai')}/assessment/staking`, D('level'))).toEqual([D('Partial')]);
    expect(objects(q, `${P('filecoin')}/assessment/staking`, D('level'))).toEqual([D('Absent')]);
    expect(subjects(q, D('hasCapability'), staking)).toEqual([P('gensyn')]);
    expect(subjects(q, D('partiallyHasCapability'), staking)).toEqual([P('numerai')]);
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

  it('should read year and authors, and a [chapter] link as the paper link', () => {
    const rl = paper('reinforcement-learning-a-survey');
    expect(q.filter((x) => x.subject.value === rl && x.predicate.value === D('year')).map((x) => [x.object.value, (x.object as { datatype: { value: string } }).datatype.value])).toEqual([['1996', XSD('integer')]]);
    expect(objects(q, rl, D('authors'))).toEqual(['L. P. Kaelbling et al.']);
    expect(objects(q, rl, D('venue'))).toEqual(['Journal of Artificial Intelligence Research, vol. 4, pp. 237–285']);
    expect(objects(q, paper('the-backpropagation-algorithm'), D('paperLink'))).toEqual(['https://link.springer.com/chapter/10.1007/978-3-642-61068-4_7']);
  });
});

describe('An excerpt of a real later version of the survey', () => {
  const graph = build('later-real-excerpt.md');
  const q = graph.quads;

  it('should build with warnings only for what is new: the Staking column, new mechanisms, a link word, a name joined by link', () => {
    expect(warnings(graph)).toEqual([
      ['heading/level-slip', 72],
      ['table/unknown-criterion', 14],
      ['resolve/by-link', 70],
      ['assumption/unknown', 19], ['assumption/unknown', 19],
      ['assumption/unknown', 23], ['assumption/unknown', 24], ['assumption/unknown', 25], ['assumption/unknown', 26],
      ['assumption/unknown', 30], ['assumption/unknown', 32],
      ['link/unknown-type', 63],
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
    expect(objects(q, P('ora'), D('reliesOn'))).toEqual([D('FraudProof')]);
    expect(objects(q, P('render-network'), D('reliesOn'))).toEqual([D('ProofOfRendering'), D('ReputationMechanism')]);
    expect(objects(q, P('bittensor'), D('reliesOn'))).toEqual(['https://w3id.org/deai/assumption/yuma-consensus']);
    expect(objects(q, 'https://w3id.org/deai/assumption/yuma-consensus', SKOS('inScheme'))).toEqual([D('SecurityAssumptionScheme')]);
  });

  it('should list the section-only projects (Morpheus, Sahara) and join "FLock" to the table\'s "FLock.io"', () => {
    expect(subjects(q, RDF('type'), D('Project'))).toHaveLength(17 + 2);
    expect(objects(q, P('flock-io'), SKOS('altLabel'))).toEqual(['FLock']);
  });
});
