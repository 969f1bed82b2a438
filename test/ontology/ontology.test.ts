// The core vocabulary of DESIGN.md is a contract: every term must be in ontology/deai.ttl, typed and documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledOntology } from '../../src/index.js';
import { OWL, RDF, RDFS, SKOS } from '../../src/vocab/namespaces.js';
import { normaliseLabel } from '../../src/resolve/normalise-label.js';

const D = (l: string): string => `https://w3id.org/deai/ontology#${l}`;
const ontology = bundledOntology();
const has = (s: string, p: string, o?: string): boolean => ontology.quads.some((q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o));
/** Classes and properties are defined in rdfs:comment (OWL's convention), SKOS concepts and schemes in skos:definition. */
const defined = (s: string): boolean => has(s, RDFS('comment')) || has(s, SKOS('definition'));

// Copied by hand from ../shared/DESIGN.md, "Ontology: the core vocabulary".
const CLASSES = ['Project', 'LifecycleStage', 'Capability', 'SecurityAssumption', 'SupportLevel', 'Assessment', 'Survey', 'Paper'];
const STAGES: Array<[string, string | undefined]> = [
  ['TaskProposing', '1'], ['PreTraining', '2'], ['DataPreparation', '2.1'], ['Compute', '2.2'], ['OnTraining', '3'], ['Training', undefined],
  ['PostTraining', '4'], ['Inference', '4.1'], ['Application', '4.2'], ['Marketplace', '4.3'],
];
const CAPABILITIES = ['IncentiveMechanism', 'EnhancedSecurity', 'PermissionControl', 'DataStorage', 'PublicReference', 'Auditability', 'AssetTokenization', 'Decentralization'];
const LEVELS: Array<[string, string]> = [['Full', '●'], ['Partial', '◑'], ['Absent', '○']];
const ASSUMPTIONS = ['ProofOfStake', 'DelegatedProofOfStake', 'ProofOfWork', 'ZeroKnowledgeProof', 'Staking', 'FraudProof'];
const PROPERTIES = [
  'coversStage', 'partiallyCoversStage', 'hasCapability', 'partiallyHasCapability', 'assessment', 'criterion', 'level', 'reliesOn',
  'possiblyReliesOn', 'securityAssumptionText', 'reference', 'whitepaper', 'documentation', 'sourceCode', 'listedUnder', 'category', 'sourceLine',
];

describe('The ontology (ontology/deai.ttl)', () => {
  it('should define every core class as an owl:Class with a label and a definition (rdfs:comment)', () => {
    for (const c of CLASSES) {
      expect(has(D(c), RDF('type'), OWL('Class')), c).toBe(true);
      expect(has(D(c), RDFS('label')) && has(D(c), RDFS('comment')), c).toBe(true);
    }
  });

  it('should define every core property with a label and a definition (rdfs:comment)', () => {
    for (const p of PROPERTIES) expect(has(D(p), RDFS('label')) && has(D(p), RDFS('comment')), p).toBe(true);
    expect(has(D('sourceCode'), RDFS('subPropertyOf'), 'http://schema.org/codeRepository')).toBe(true);
  });

  it('should number the stages with the survey sections and nest them', () => {
    for (const [stage, notation] of STAGES) {
      expect(ontology.concepts.get(D(stage))?.notations, stage).toEqual(notation ? [notation] : []);
    }
    expect(ontology.concepts.get(D('DataPreparation'))?.broader).toEqual([D('PreTraining')]);
    expect(ontology.concepts.get(D('Training'))?.broader).toEqual([D('OnTraining')]);
    expect(ontology.concepts.get(D('Marketplace'))?.broader).toEqual([D('PostTraining')]);
    expect(ontology.stages.get(normaliseLabel('Task Creation'))).toBe(D('TaskProposing'));
  });

  it('should hold the 8 capabilities, the 3 support marks and the named assumptions', () => {
    for (const c of CAPABILITIES) expect(ontology.concepts.get(D(c))?.schemes, c).toEqual([D('CapabilityScheme')]);
    expect(ontology.capabilities.get(normaliseLabel('ML Assets Tokenization'))).toBe(D('AssetTokenization'));
    for (const [level, mark] of LEVELS) expect(ontology.levels.get(mark)).toBe(D(level));
    for (const a of ASSUMPTIONS) expect(ontology.concepts.get(D(a))?.schemes, a).toEqual([D('SecurityAssumptionScheme')]);
    expect(ontology.concepts.get(D('DelegatedProofOfStake'))?.broader).toContain(D('ProofOfStake'));
    expect(ontology.assumptions.get(normaliseLabel('POW'))).toBe(D('ProofOfWork'));
    expect(ontology.assumptions.get(normaliseLabel('ZKP'))).toBe(D('ZeroKnowledgeProof'));
  });

  it('should give every deai: term used in the file a label and a definition', () => {
    const text = readFileSync('ontology/deai.ttl', 'utf8');
    const used = new Set([...text.matchAll(/\bdeai:([A-Za-z]+)/g)].map((m) => m[1] as string));
    const undocumented = [...used].filter((t) => !(has(D(t), RDFS('label')) && defined(D(t))));
    expect(undocumented).toEqual([]);
  });

  it('should give the JSON-LD context a term for every deai: property', () => {
    const context = JSON.parse(readFileSync('ontology/context.jsonld', 'utf8'))['@context'];
    const properties = ontology.quads
      .filter((q) => q.predicate.value === RDF('type') && [OWL('ObjectProperty'), OWL('DatatypeProperty')].includes(q.object.value) && q.subject.value.startsWith(D('')))
      .map((q) => q.subject.value.slice(D('').length));
    expect(properties.filter((p) => context[p]?.['@id'] !== `deai:${p}`)).toEqual([]);
  });
});
