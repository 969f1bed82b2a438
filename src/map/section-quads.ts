// Resolved listings → listing nodes (stage + category + line) and the subject's typed links.
import type { PaperEntry } from '../parse/survey-types.js';
import type { ResolvedListing } from '../resolve/resolved-types.js';
import { DCTERMS, DEAI, localName, RDF, RDFS } from '../vocab/namespaces.js';
import type { MapContext } from './map-context.js';

/** Adds the listing node and the flat listedUnder/category triples for one listing of `subject`. */
export function listingToQuads(ctx: MapContext, subject: string, label: string, listing: ResolvedListing): void {
  const out = ctx.out;
  const node = `${subject}/listing/${localName(listing.stage)}${listing.ordinal > 1 ? `-${listing.ordinal}` : ''}`;
  out.iri(subject, DEAI('listedUnder'), listing.stage);
  out.iri(subject, DEAI('listing'), node);
  out.iri(node, RDF('type'), DEAI('Listing'));
  out.text(node, RDFS('label'), `${label} in ${listing.heading.number ? `${listing.heading.number} ` : ''}${listing.stageLabel}`);
  out.iri(node, DEAI('listedUnder'), listing.stage);
  out.add(node, DEAI('sourceLine'), listing.line);
  out.add(node, DEAI('sourceColumn'), listing.column);
  if (listing.category) {
    out.text(subject, DEAI('category'), listing.category);
    out.text(node, DEAI('category'), listing.category);
  }
  if (listing.entry.kind === 'paper') out.text(node, DCTERMS('bibliographicCitation'), (listing.entry as PaperEntry).citationText);
  for (const link of listing.links) out.iri(subject, link.property, link.url);
}
