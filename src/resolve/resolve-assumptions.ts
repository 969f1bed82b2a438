// A security-assumption cell → the ontology concepts it names (or minted ones, with a warning), with their certainty.
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { TableCell } from '../parse/survey-types.js';
import type { MintedTerms } from './minted-terms.js';
import { normaliseLabel } from './normalise-label.js';
import type { ResolvedAssumption } from './resolved-types.js';
import { slugify } from './slugify.js';
import { splitAssumptions } from './split-assumptions.js';

export interface AssumptionContext {
  readonly ontology: OntologyIndex;
  readonly base: string;
  readonly file: string;
  readonly sink: DiagnosticSink;
  readonly minted: MintedTerms;
}

export function cellToAssumptions(cell: TableCell, ctx: AssumptionContext): ResolvedAssumption[] {
  return splitAssumptions(cell.text).map((part) => {
    const certainty = part.uncertain ? 'possible' : 'stated';
    const known = part.candidates.map((c) => lookup(c, ctx.ontology)).find((iri) => iri !== undefined);
    if (known) return { iri: known, text: part.text, certainty, minted: false };
    const iri = `${ctx.base}assumption/${slugify(part.text)}`;
    ctx.sink.warn(
      'assumption/unknown',
      placeIn(ctx.file, cell),
      `Security assumption "${part.text}" is not in the ontology; kept as the new concept <${iri}>`,
      `a skos:prefLabel or skos:altLabel in deai:SecurityAssumptionScheme; add "${part.text}" to ontology/deai.ttl to map it`,
    );
    ctx.minted.mint(iri, 'assumption', part.text);
    return { iri, text: part.text, certainty, minted: true };
  });
}

function lookup(text: string, ontology: OntologyIndex): string | undefined {
  const key = normaliseLabel(text);
  return ontology.assumptions.get(key) ?? (key.endsWith('s') ? ontology.assumptions.get(key.slice(0, -1)) : undefined);
}
