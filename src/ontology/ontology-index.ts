// Ontology quads → lookups by label and notation, so that survey text is matched through the ontology.
import type { Quad } from '@rdfjs/types';
import { DEAI, OWL, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import { normaliseLabel } from '../resolve/normalise-label.js';

export interface ConceptInfo {
  readonly iri: string;
  readonly prefLabel: string;
  readonly notations: readonly string[];
  readonly broader: readonly string[];
  readonly schemes: readonly string[];
}

/** A label lookup: normalised label → IRI. */
export type LabelLookup = ReadonlyMap<string, string>;

export interface OntologyIndex {
  readonly stages: LabelLookup;
  readonly capabilities: LabelLookup;
  readonly assumptions: LabelLookup;
  readonly categories: LabelLookup;
  /** Mark glyph (skos:notation) → support level IRI. */
  readonly levels: ReadonlyMap<string, string>;
  /** Link text ("docs", "code", …) → link property IRI, from the properties' skos:altLabel. */
  readonly linkProperties: LabelLookup;
  /** Header labels of the name column (labels of deai:Project). */
  readonly nameColumn: LabelLookup;
  /** Header labels of the free-text assumption column (labels of deai:securityAssumptionText). */
  readonly assumptionColumn: LabelLookup;
  readonly concepts: ReadonlyMap<string, ConceptInfo>;
  /**
   * Every concept of every scheme by label (prefLabel, altLabel, rdfs:label), for text that may name any of them (a
   * new column's header, a note's label). Where two concepts share a label, stages come first, then capabilities,
   * assumptions, categories and support levels.
   */
  readonly conceptLabels: LabelLookup;
  /** Every label of a term (prefLabel, altLabel, rdfs:label) as written. */
  readonly labelsOf: (iri: string) => readonly string[];
  /** The ontology as quads, for queries that need labels and hierarchy. */
  readonly quads: readonly Quad[];
}

export const SCHEMES = {
  stages: DEAI('LifecycleStageScheme'),
  capabilities: DEAI('CapabilityScheme'),
  assumptions: DEAI('SecurityAssumptionScheme'),
  categories: DEAI('CategoryScheme'),
  levels: DEAI('SupportLevelScheme'),
} as const;

/** Properties whose labels name a link type; deai:reference is the table's link and has none. */
const LINK_PROPERTIES = ['whitepaper', 'documentation', 'sourceCode', 'paperLink'].map((local) => DEAI(local));
const LABELS = [SKOS('prefLabel'), SKOS('altLabel'), RDFS('label')];

export function quadsToOntologyIndex(quads: readonly Quad[]): OntologyIndex {
  const bySubject = new Map<string, Quad[]>();
  for (const quad of quads) {
    const list = bySubject.get(quad.subject.value) ?? [];
    list.push(quad);
    bySubject.set(quad.subject.value, list);
  }
  const values = (subject: string, predicate: string): string[] =>
    (bySubject.get(subject) ?? []).filter((q) => q.predicate.value === predicate).map((q) => q.object.value);
  const labelsOf = (subject: string): string[] => LABELS.flatMap((p) => values(subject, p));

  const concepts = new Map<string, ConceptInfo>();
  for (const [subject] of bySubject) {
    const schemes = values(subject, SKOS('inScheme'));
    if (schemes.length === 0) continue;
    concepts.set(subject, {
      iri: subject,
      prefLabel: values(subject, SKOS('prefLabel'))[0] ?? values(subject, RDFS('label'))[0] ?? subject,
      notations: values(subject, SKOS('notation')),
      broader: values(subject, SKOS('broader')),
      schemes,
    });
  }
  const lookupForScheme = (scheme: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const concept of concepts.values()) {
      if (scheme !== '' && !concept.schemes.includes(scheme)) continue;
      for (const label of labelsOf(concept.iri)) map.set(normaliseLabel(label), concept.iri);
    }
    return map;
  };
  const lookupForTerms = (iris: readonly string[]): Map<string, string> => {
    const map = new Map<string, string>();
    for (const term of iris) for (const label of labelsOf(term)) map.set(normaliseLabel(label), term);
    return map;
  };

  const levels = new Map<string, string>();
  for (const concept of concepts.values()) {
    if (concept.schemes.includes(SCHEMES.levels)) for (const n of concept.notations) levels.set(n, concept.iri);
  }
  const conceptLabels = new Map<string, string>();
  for (const scheme of [SCHEMES.stages, SCHEMES.capabilities, SCHEMES.assumptions, SCHEMES.categories, SCHEMES.levels]) {
    for (const [label, iri] of lookupForScheme(scheme)) if (!conceptLabels.has(label)) conceptLabels.set(label, iri);
  }
  for (const [label, iri] of lookupForScheme('')) if (!conceptLabels.has(label)) conceptLabels.set(label, iri);
  const index: OntologyIndex = {
    stages: lookupForScheme(SCHEMES.stages),
    capabilities: lookupForScheme(SCHEMES.capabilities),
    assumptions: lookupForScheme(SCHEMES.assumptions),
    categories: lookupForScheme(SCHEMES.categories),
    levels,
    linkProperties: lookupForTerms(LINK_PROPERTIES),
    nameColumn: lookupForTerms([DEAI('Project')]),
    assumptionColumn: lookupForTerms([DEAI('securityAssumptionText')]),
    concepts,
    conceptLabels,
    labelsOf,
    quads,
  };
  checkIndex(index, quads);
  return index;
}

/** The code relies on these being in the ontology; say so plainly if someone removed them. */
function checkIndex(index: OntologyIndex, quads: readonly Quad[]): void {
  const missing: string[] = [];
  if (index.stages.size === 0) missing.push('lifecycle stage concepts (skos:inScheme deai:LifecycleStageScheme)');
  if (index.capabilities.size === 0) missing.push('capability concepts (skos:inScheme deai:CapabilityScheme)');
  if (index.levels.size === 0) missing.push('support levels with skos:notation (deai:SupportLevelScheme)');
  const isOntology = quads.some((q) => q.predicate.value === RDF('type') && q.object.value === OWL('Ontology'));
  if (!isOntology) missing.push('an owl:Ontology header');
  if (missing.length > 0) throw new Error(`The ontology is missing ${missing.join(', ')}. Restore ontology/deai.ttl.`);
}
