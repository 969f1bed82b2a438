// Terms the ontology does not have, minted once per survey: one term per normalised label (case, hyphens and spaces
// do not matter: "On-chain Consensus" = "On-chain consensus"), the first spelling its label, the others alternatives.
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { SCHEMES } from '../ontology/ontology-index.js';
import { normaliseLabel } from './normalise-label.js';
import type { MintedKind, MintedTerm } from './resolved-types.js';
import { slugify } from './slugify.js';

interface Entry {
  readonly iri: string;
  readonly kind: MintedKind;
  readonly prefLabel: string;
  readonly altLabels: string[];
  readonly definition: string;
  readonly notation?: string;
}

export class MintedTerms {
  private readonly byKey = new Map<string, Entry>();
  private readonly byIri = new Map<string, Entry>();

  /**
   * The term of `kind` labelled `label`, minted under `prefix` (`{base}assumption/`) on first use; a later spelling
   * of the same normalised label becomes an alternative label of the same term.
   */
  mint(kind: MintedKind, label: string, prefix: string, definition: string, notation?: string): MintedTerm {
    const key = `${kind} ${normaliseLabel(label)}`;
    const found = this.byKey.get(key);
    if (found) {
      if (label !== found.prefLabel && !found.altLabels.includes(label)) found.altLabels.push(label);
      return found;
    }
    // Two labels whose slugs meet ("质押" and "担保" both give "unnamed") still get two IRIs.
    const slug = slugify(label);
    let iri = `${prefix}${slug}`;
    for (let n = 2; this.byIri.has(iri); n++) iri = `${prefix}${slug}-${n}`;
    const entry: Entry = { iri, kind, prefLabel: label, altLabels: [], definition, ...(notation !== undefined ? { notation } : {}) };
    this.byKey.set(key, entry);
    this.byIri.set(iri, entry);
    return entry;
  }

  get(iri: string): MintedTerm | undefined {
    return this.byIri.get(iri);
  }

  /** Every term minted so far, in the order first minted, each concept placed under the known concepts its label contains. */
  list(ontology: OntologyIndex): readonly MintedTerm[] {
    return [...this.byIri.values()].map((entry) => ({ ...entry, altLabels: [...entry.altLabels], broader: broaderOf(entry, ontology) }));
  }
}

const SCHEME_OF: Partial<Record<MintedKind, string>> = { stage: SCHEMES.stages, capability: SCHEMES.capabilities, assumption: SCHEMES.assumptions };

/**
 * The known concepts of the term's scheme whose label the term's label contains as a whole phrase: "Green Proof of
 * Work" is a kind of Proof of Work. The longest such label wins; labels of one word must be words of the term too.
 */
function broaderOf(term: Entry, ontology: OntologyIndex): string[] {
  const scheme = SCHEME_OF[term.kind];
  if (!scheme) return [];
  const words = wordsOf(term.prefLabel);
  let best: string[] = [];
  let bestLength = 0;
  for (const concept of ontology.concepts.values()) {
    if (!concept.schemes.includes(scheme)) continue;
    for (const label of ontology.labelsOf(concept.iri)) {
      const phrase = wordsOf(label);
      if (phrase.length === 0 || phrase.length >= words.length || phrase.length < bestLength || !containsPhrase(words, phrase)) continue;
      if (phrase.length > bestLength) {
        best = [];
        bestLength = phrase.length;
      }
      if (!best.includes(concept.iri)) best.push(concept.iri);
    }
  }
  return best.sort();
}

function wordsOf(label: string): string[] {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}
