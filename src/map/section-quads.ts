// Resolved listings → listing nodes (stage + category + line) and typed links; resolved papers → paper nodes.
import type { PaperEntry } from '../parse/survey-types.js';
import type { ResolvedListing, ResolvedPaper } from '../resolve/resolved-types.js';
import { DCTERMS, DEAI, localName, PROV, RDF, RDFS, XSD } from '../vocab/namespaces.js';
import { type MapContext, paperIri } from './map-context.js';

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
  for (const link of listing.links) out.iri(subject, link.property, link.url);
}

export function paperToQuads(ctx: MapContext, paper: ResolvedPaper): void {
  const subject = paperIri(ctx.base, paper.slug);
  const out = ctx.out;
  out.iri(subject, RDF('type'), DEAI('Paper'));
  out.text(subject, RDFS('label'), paper.title);
  out.text(subject, DCTERMS('title'), paper.title);
  out.add(subject, DEAI('sourceLine'), paper.sourceLine);
  out.iri(subject, PROV('wasDerivedFrom'), ctx.surveyIri);
  for (const listing of paper.listings) {
    const entry = listing.entry as PaperEntry;
    if (entry.authors) out.text(subject, DEAI('authors'), entry.authors);
    if (entry.venue) out.text(subject, DEAI('venue'), entry.venue);
    if (entry.year) out.add(subject, DEAI('year'), { value: entry.year, datatype: XSD('gYear') });
    listingToQuads(ctx, subject, paper.title, listing);
  }
}
