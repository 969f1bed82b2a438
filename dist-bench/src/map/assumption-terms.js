// Assumption parts → ontology concepts (or minted terms with a warning), with their certainty.
import { placeIn } from '../errors.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { slugify } from '../resolve/slugify.js';
import { splitAssumptions } from '../resolve/split-assumptions.js';
export function cellToAssumptionTerms(cell, ontology, base, file, sink) {
    return splitAssumptions(cell.text).map((part) => {
        const known = part.candidates.map((c) => lookup(c, ontology)).find((iri) => iri !== undefined);
        if (known)
            return { iri: known, label: part.text, uncertain: part.uncertain, minted: false };
        const iri = `${base}assumption/${slugify(part.text)}`;
        sink.warn('assumption/unknown', placeIn(file, cell), `Security assumption "${part.text}" is not in the ontology; kept as the new concept <${iri}>`, `a skos:prefLabel or skos:altLabel in deai:SecurityAssumptionScheme; add "${part.text}" to ontology/deai.ttl to map it`);
        return { iri, label: part.text, uncertain: part.uncertain, minted: true };
    });
}
function lookup(text, ontology) {
    const key = normaliseLabel(text);
    return ontology.assumptions.get(key) ?? (key.endsWith('s') ? ontology.assumptions.get(key.slice(0, -1)) : undefined);
}
