// Assumption parts → ontology concepts (or minted terms with a warning), with their certainty.
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { TableCell } from '../parse/survey-types.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { slugify } from '../resolve/slugify.js';
import { splitAssumptions } from '../resolve/split-assumptions.js';

export interface AssumptionTerm {
  readonly iri: string;
  readonly label: string;
  readonly uncertain: boolean;
  /** Not in the ontology: the build mints a concept for it. */
  readonly minted: boolean;
}

export function cellToAssumptionTerms(cell: TableCell, ontology: OntologyIndex, base: string, file: string, sink: DiagnosticSink): AssumptionTerm[] {
  return splitAssumptions(cell.text).map((part) => {
    const known = part.candidates.map((c) => lookup(c, ontology)).find((iri) => iri !== undefined);
    if (known) return { iri: known, label: part.text, uncertain: part.uncertain, minted: false };
    const iri = `${base}assumption/${slugify(part.text)}`;
    sink.warn(
      'assumption/unknown',
      placeIn(file, cell),
      `Security assumption "${part.text}" is not in the ontology; kept as the new concept <${iri}>`,
      `a skos:prefLabel or skos:altLabel in deai:SecurityAssumptionScheme; add "${part.text}" to ontology/deai.ttl to map it`,
    );
    return { iri, label: part.text, uncertain: part.uncertain, minted: true };
  });
}

function lookup(text: string, ontology: OntologyIndex): string | undefined {
  const key = normaliseLabel(text);
  return ontology.assumptions.get(key) ?? (key.endsWith('s') ? ontology.assumptions.get(key.slice(0, -1)) : undefined);
}
