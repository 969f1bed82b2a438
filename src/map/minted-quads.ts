// Terms minted for what the ontology does not know → concepts in their scheme (stages, criteria, assumptions) or
// datatype properties (free-text columns), labelled and defined, so minted terms satisfy the same shapes as known ones.
import type { MintedTerm } from '../resolve/resolved-types.js';
import { DEAI, OWL, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import type { MapContext } from './map-context.js';

const CONCEPT = {
  stage: { type: DEAI('LifecycleStage'), scheme: DEAI('LifecycleStageScheme') },
  capability: { type: DEAI('Capability'), scheme: DEAI('CapabilityScheme') },
  assumption: { type: DEAI('SecurityAssumption'), scheme: DEAI('SecurityAssumptionScheme') },
} as const;

export function mintedToQuads(ctx: MapContext, term: MintedTerm): void {
  const out = ctx.out;
  out.text(term.iri, RDFS('label'), term.prefLabel);
  out.text(term.iri, SKOS('prefLabel'), term.prefLabel);
  for (const alt of term.altLabels) out.text(term.iri, SKOS('altLabel'), alt);
  out.text(term.iri, SKOS('definition'), term.definition);
  out.iri(term.iri, RDFS('isDefinedBy'), ctx.surveyIri);
  if (term.kind === 'property') {
    out.iri(term.iri, RDF('type'), OWL('DatatypeProperty'));
    out.iri(term.iri, RDFS('domain'), DEAI('Project'));
    return;
  }
  const { type, scheme } = CONCEPT[term.kind];
  out.iri(term.iri, RDF('type'), SKOS('Concept'));
  out.iri(term.iri, RDF('type'), type);
  out.iri(term.iri, SKOS('inScheme'), scheme);
  if (term.notation !== undefined) out.text(term.iri, SKOS('notation'), term.notation);
  for (const broader of term.broader ?? []) out.iri(term.iri, SKOS('broader'), broader);
}
