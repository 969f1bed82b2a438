// A security-assumption cell → the ontology concepts it names (or minted ones, with a warning), with their certainty.
import { placeIn } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { TableCell } from '../parse/survey-types.js';
import { normaliseLabel } from './normalise-label.js';
import { addNotes, type ResolveContext } from './resolve-context.js';
import type { ResolvedAssumption } from './resolved-types.js';
import { baseName } from './resolve-columns.js';
import { splitAssumptions } from './split-assumptions.js';

export function cellToAssumptions(cell: TableCell, ctx: ResolveContext): ResolvedAssumption[] {
  return splitAssumptions(cell.text).map((part) => {
    const certainty = part.uncertain ? 'possible' : 'stated';
    const notes = ctx.notes.forMarkers(part.source);
    const known = part.candidates.map((c) => lookup(c, ctx.ontology)).find((iri) => iri !== undefined);
    if (known) {
      addNotes(ctx.conceptNotes, known, notes);
      return { iri: known, text: part.text, certainty, minted: false, notes };
    }
    const { iri } = ctx.minted.mint('assumption', part.text, `${ctx.base}assumption/`, `"${part.text}": a security assumption the survey names that the DeAI ontology does not define (minted from ${baseName(ctx.file)}).`);
    ctx.sink.warn(
      'assumption/unknown',
      placeIn(ctx.file, cell),
      `Security assumption "${part.text}" is not in the ontology; kept as the new concept <${iri}>`,
      `a skos:prefLabel or skos:altLabel in deai:SecurityAssumptionScheme; add "${part.text}" to ontology/deai.ttl to map it`,
    );
    addNotes(ctx.conceptNotes, iri, notes);
    return { iri, text: part.text, certainty, minted: true, notes };
  });
}

function lookup(text: string, ontology: OntologyIndex): string | undefined {
  const key = normaliseLabel(text);
  return ontology.assumptions.get(key) ?? (key.endsWith('s') ? ontology.assumptions.get(key.slice(0, -1)) : undefined);
}
