// Terms the ontology does not have, minted once per survey: one IRI per term, the first spelling as its label.
import type { MintedKind, MintedTerm } from './resolved-types.js';

export class MintedTerms {
  private readonly terms = new Map<string, MintedTerm>();

  /** The term at `iri`, minted on first use; later uses of the same IRI return the first one. */
  mint(iri: string, kind: MintedKind, prefLabel: string, notation?: string): MintedTerm {
    let term = this.terms.get(iri);
    if (!term) {
      term = { iri, kind, prefLabel, ...(notation !== undefined ? { notation } : {}) };
      this.terms.set(iri, term);
    }
    return term;
  }

  get(iri: string): MintedTerm | undefined {
    return this.terms.get(iri);
  }

  /** Every term minted so far, in the order first minted. */
  list(): readonly MintedTerm[] {
    return [...this.terms.values()];
  }
}
