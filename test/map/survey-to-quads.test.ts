// Facts read by hand from data/sok-deai-README.md, checked in the graph through the core vocabulary.
import { describe, expect, it } from 'vitest';
import { DCTERMS, DEAI, RDF, RDFS, SKOS, VOID } from '../../src/vocab/namespaces.js';
import { labelsWith, objects, P, seedGraph, subjects } from '../helpers/seed.js';

const graph = seedGraph();
const q = graph.quads;
const D = (local: string): string => DEAI(local);

describe('surveyToQuads on the bundled survey: projects', () => {
  it('should make one deai:Project per table row plus Morpheus, which only the sections list', () => {
    const projects = subjects(q, RDF('type'), D('Project'));
    expect(projects).toHaveLength(53);
    expect(projects).toContain(P('morpheus'));
    expect(objects(q, P('io-net'), RDFS('label'))).toEqual(['IO.NET']);
  });

  it('should merge name variants into one resource, the table name as label and the other as altLabel', () => {
    expect(objects(q, P('numerai'), SKOS('altLabel'))).toEqual(['Numeraire']);
    expect(objects(q, P('fetch-ai'), SKOS('altLabel'))).toEqual(['Fetch']);
    expect(objects(q, P('balance-dao'), SKOS('altLabel'))).toEqual(['Balance AI']);
    expect(objects(q, P('immutable-labs'), SKOS('altLabel'))).toEqual(['Immutable']);
    for (const slug of ['numeraire', 'fetch', 'balance-ai', 'immutable']) expect(objects(q, P(slug), RDF('type'))).toEqual([]);
  });

  it('should give every project exactly one label and one source line', () => {
    for (const p of subjects(q, RDF('type'), D('Project'))) {
      expect(objects(q, p, RDFS('label')), p).toHaveLength(1);
      expect(objects(q, p, D('sourceLine')), p).toHaveLength(1);
    }
    expect(objects(q, P('bittensor'), D('sourceLine'))).toEqual(['39']);
    expect(objects(q, P('morpheus'), D('sourceLine'))).toEqual(['149']);
  });

  it('should keep the table link as deai:reference and section links as typed links', () => {
    expect(objects(q, P('bittensor'), D('reference'))).toEqual(['https://bittensor.com/whitepaper']);
    expect(objects(q, P('bittensor'), D('whitepaper'))).toEqual(['https://bittensor.org/wp-content/uploads/2024/02/bittensor.org-whitepaper.pdf']);
    expect(objects(q, P('netmind'), D('sourceCode'))).toEqual(['https://github.com/protagolabs/Netmind-examples']);
    expect(objects(q, P('fraction-ai'), D('documentation'))).toEqual(['https://docs.fractionai.xyz/']);
  });
});

describe('surveyToQuads on the bundled survey: stages and capabilities', () => {
  it('should link ● stages with deai:coversStage (Inference: the eight projects the table marks)', () => {
    expect(labelsWith(q, D('coversStage'), D('Inference'))).toEqual(['Allora', 'FLock', 'Hyperspace', 'Numerai', 'ORA', 'Prime Intellect', 'Sertn', 'Tromero']);
    expect(objects(q, P('bittensor'), D('coversStage'))).toEqual([D('Application'), D('TaskProposing'), D('Training')]);
  });

  it('should link ◑ capabilities with deai:partiallyHasCapability (every project is ◑ on Decentralization)', () => {
    expect(subjects(q, D('partiallyHasCapability'), D('Decentralization'))).toHaveLength(52);
    expect(subjects(q, D('hasCapability'), D('Decentralization'))).toEqual([]);
    expect(subjects(q, D('hasCapability'), D('DataStorage'))).toHaveLength(13);
  });

  it('should keep every table cell, ○ included, as an assessment with criterion, level, column and line', () => {
    const assessments = subjects(q, RDF('type'), D('Assessment'));
    expect(assessments).toHaveLength(52 * 15);
    const a = `${P('bittensor')}/assessment/DataPreparation`;
    expect(objects(q, P('bittensor'), D('assessment'))).toContain(a);
    expect(objects(q, a, D('criterion'))).toEqual([D('DataPreparation')]);
    expect(objects(q, a, D('level'))).toEqual([D('Absent')]);
    expect(objects(q, a, D('sourceLine'))).toEqual(['39']);
    expect(objects(q, a, D('column'))).toEqual(['https://w3id.org/deai/survey/column/3']);
    for (const each of assessments) expect(objects(q, each, D('sourceLine')), each).toHaveLength(1);
  });

  it('should describe the table columns with the header text as written', () => {
    expect(objects(q, 'https://w3id.org/deai/survey/column/2', RDFS('label'))).toEqual(['Task Creation']);
    expect(objects(q, 'https://w3id.org/deai/survey/column/2', D('columnFor'))).toEqual([D('TaskProposing')]);
    expect(objects(q, 'https://w3id.org/deai/survey/column/15', D('columnFor'))).toEqual([D('AssetTokenization')]);
  });
});

describe('surveyToQuads on the bundled survey: security assumptions', () => {
  it('should split cells into concepts: "Reputation & Dispute mechanism" names two', () => {
    expect(objects(q, P('lilypad'), D('reliesOn'))).toEqual([D('DisputeMechanism'), D('ReputationMechanism')]);
    expect(objects(q, P('filecoin'), D('reliesOn'))).toEqual([D('ProofOfReplication'), D('ProofOfSpacetime')]);
    expect(objects(q, P('numbers'), D('reliesOn'))).toEqual([D('DelegatedProofOfStake')]);
    expect(objects(q, P('balance-dao'), D('reliesOn'))).toEqual([D('NominatedProofOfStake')]);
    expect(objects(q, P('fetch-ai'), D('reliesOn'))).toEqual([D('ProofOfWork'), D('ReputationBasedScore')]);
  });

  it('should use deai:possiblyReliesOn for "Staking?" and "Proof of Authority(?)"', () => {
    expect(objects(q, P('netmind'), D('reliesOn'))).toEqual([D('Staking')]);
    expect(objects(q, P('netmind'), D('possiblyReliesOn'))).toEqual([D('ProofOfAuthority')]);
    expect(labelsWith(q, D('possiblyReliesOn'), D('Staking'))).toEqual(['KIP', 'OriginTrail', 'Synternet', 'The Graph']);
    expect(objects(q, P('immutable-labs'), D('possiblyReliesOn'))).toEqual([D('ProofOfUsage')]);
  });

  it('should keep a lone "?" only as raw text, with no reliesOn triple', () => {
    const unknown = subjects(q, D('securityAssumptionText'), '?');
    expect(unknown.map((s) => objects(q, s, RDFS('label'))[0]).sort()).toEqual([
      'Compass Labs', 'Exabits', 'OpenAgents', 'OpenServ', 'Prime Intellect', 'Render Network', 'Ritual', 'Tromero',
    ]);
    for (const s of unknown) expect([...objects(q, s, D('reliesOn')), ...objects(q, s, D('possiblyReliesOn'))]).toEqual([]);
  });

  it('should count the 24 projects that state Staking', () => {
    expect(subjects(q, D('reliesOn'), D('Staking'))).toHaveLength(24);
  });

  it('should map every mechanism in the survey to an ontology concept (nothing minted)', () => {
    expect(graph.diagnostics.filter((d) => d.code === 'assumption/unknown')).toEqual([]);
  });
});

describe('surveyToQuads on the bundled survey: sections and provenance', () => {
  it('should list projects under the stage of their section, with category and listing line', () => {
    expect(objects(q, P('allora'), D('listedUnder'))).toEqual([D('Inference')]);
    expect(objects(q, P('bittensor'), D('listedUnder'))).toEqual([D('OnTraining')]);
    expect(objects(q, P('morpheus'), D('listedUnder'))).toEqual([D('Application')]);
    expect(objects(q, P('allora'), D('category'))).toEqual(['Industry']);
    const listing = `${P('netmind')}/listing/Compute`;
    expect(objects(q, listing, D('sourceLine'))).toEqual(['116']);
    const projects = new Set(subjects(q, RDF('type'), D('Project')));
    const marketplace = subjects(q, D('listedUnder'), D('Marketplace')).filter((s) => projects.has(s));
    expect(marketplace.map((s) => objects(q, s, RDFS('label'))[0])).toEqual(['Balance DAO', 'Immutable Labs', 'SingularityNET']);
  });

  it('should derive every project from the survey and describe the dataset with VoID/DCAT and an exact triple count', () => {
    for (const p of subjects(q, RDF('type'), D('Project'))) expect(objects(q, p, 'http://www.w3.org/ns/prov#wasDerivedFrom')).toEqual(['https://w3id.org/deai/survey']);
    expect(objects(q, 'https://w3id.org/deai/dataset', VOID('triples'))).toEqual([String(q.length)]);
    expect(objects(q, 'https://w3id.org/deai/survey', DCTERMS('title'))).toEqual(['SoK: Decentralized AI (DeAI)']);
    expect(objects(q, 'https://w3id.org/deai/survey', D('sourceDigest'))[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('should contain no blank nodes and no timestamps', () => {
    expect(q.filter((x) => x.subject.termType === 'BlankNode' || x.object.termType === 'BlankNode')).toEqual([]);
    expect(q.filter((x) => x.object.termType === 'Literal' && /dateTime/.test(x.object.datatype.value))).toEqual([]);
  });

  it('should warn about exactly the two slips of this survey version', () => {
    expect(graph.diagnostics.map((d) => [d.code, d.place.line])).toEqual([
      ['heading/level-slip', 130],
      ['table/extra-cell', 71],
    ]);
  });
});
