// A resolved paper → one node with one set of metadata (BIBO and DCMI terms where they fit), its listings and links.
import type { ResolvedPaper } from '../resolve/resolved-types.js';
import { BIBO, DCTERMS, DEAI, PROV, RDF, RDFS, SCHEMA, SKOS } from '../vocab/namespaces.js';
import { type MapContext, paperIri } from './map-context.js';
import { notesOnQuads } from './note-quads.js';
import { listingToQuads } from './section-quads.js';

/** Citation fields written as plain literals, and the property each goes under. */
const LITERALS = [
  ['venue', DEAI('venue')],
  ['volume', BIBO('volume')],
  ['issue', BIBO('issue')],
  ['pages', BIBO('pages')],
  ['edition', BIBO('edition')],
  ['number', BIBO('number')],
  ['publisher', DEAI('publisher')],
  ['place', DEAI('publicationPlace')],
  ['doi', BIBO('doi')],
] as const;

export function paperToQuads(ctx: MapContext, paper: ResolvedPaper): void {
  const subject = paperIri(ctx.base, paper.slug);
  const out = ctx.out;
  const c = paper.citation;
  out.iri(subject, RDF('type'), DEAI('Paper'));
  out.text(subject, RDFS('label'), paper.title);
  out.text(subject, DCTERMS('title'), paper.title);
  for (const alt of paper.altTitles) out.text(subject, SKOS('altLabel'), alt);
  out.text(subject, DCTERMS('bibliographicCitation'), c.raw);
  if (c.authors.length > 0) out.text(subject, DEAI('authors'), `${c.authors.join(', ')}${c.etAl ? ' et al.' : ''}`);
  for (const author of c.authors) out.text(subject, DEAI('author'), author);
  for (const [field, property] of LITERALS) {
    const value = c[field];
    if (value !== undefined) out.text(subject, property, value);
  }
  if (c.year !== undefined) out.add(subject, DEAI('year'), Number(c.year)); // xsd:integer: OWL 2 has no xsd:gYear
  if (c.arxiv !== undefined) {
    out.text(subject, DCTERMS('identifier'), `arXiv:${c.arxiv}`);
    out.iri(subject, SCHEMA('sameAs'), `https://arxiv.org/abs/${c.arxiv}`);
  }
  if (c.doi !== undefined) out.iri(subject, SCHEMA('sameAs'), `https://doi.org/${encodeURI(c.doi).replace(/#/g, '%23')}`);
  notesOnQuads(ctx, subject, paper.notes);
  out.add(subject, DEAI('sourceLine'), paper.sourceLine);
  out.iri(subject, PROV('wasDerivedFrom'), ctx.surveyIri);
  for (const listing of paper.listings) listingToQuads(ctx, subject, paper.title, listing);
}
