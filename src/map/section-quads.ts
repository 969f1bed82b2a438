// Section entries → listings (stage + category + line), typed links, and academic papers.
import { placeIn } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { EntryLink, PaperEntry, SectionEntry, SectionHeading } from '../parse/survey-types.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { slugify } from '../resolve/slugify.js';
import { DCTERMS, DEAI, PROV, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import { conceptLabel, localName, type MapContext } from './map-context.js';

export interface Placement {
  readonly stage: string;
  readonly category?: string;
  readonly heading: SectionHeading;
}

/** Where an entry is listed: the stage of its innermost non-category section, and its category. */
export function entryToPlacement(ctx: MapContext, entry: SectionEntry): Placement {
  const { heading, category } = sectionsToStageHeading(entry.sections, ctx.ontology);
  return { stage: headingToStage(ctx, heading), heading, ...(category ? { category: conceptLabel(ctx, category) } : {}) };
}

/** The innermost section heading that is not a category ("Industry", "Academic Work"), and the category IRI if any. */
export function sectionsToStageHeading(sections: readonly SectionHeading[], ontology: OntologyIndex): { heading: SectionHeading; category?: string } {
  let category: string | undefined;
  let stageHeading: SectionHeading | undefined;
  for (const heading of sections) {
    const categoryIri = ontology.categories.get(normaliseLabel(heading.title));
    if (categoryIri) category = categoryIri;
    else stageHeading = heading;
  }
  return { heading: stageHeading ?? (sections[0] as SectionHeading), ...(category ? { category } : {}) };
}

function headingToStage(ctx: MapContext, heading: SectionHeading): string {
  const known = ctx.ontology.stages.get(normaliseLabel(heading.title));
  const place = placeIn(ctx.file, heading);
  if (known) {
    const notations = ctx.ontology.concepts.get(known)?.notations ?? [];
    if (heading.number !== undefined && notations.length > 0 && !notations.includes(heading.number)) {
      ctx.sink.warn(
        'section/number-mismatch',
        place,
        `Section "${heading.number}. ${heading.title}" has number ${heading.number}, but the ontology numbers this stage ${notations.join(', ')}`,
        `"${notations[0]}. ${heading.title}"`,
      );
    }
    return known;
  }
  const iri = `${ctx.base}stage/${slugify(heading.title)}`;
  ctx.sink.warn(
    'section/unknown-stage',
    place,
    `Section "${heading.title}" is not a lifecycle stage in the ontology; its entries are listed under the new concept <${iri}>`,
    'a stage label; to map it, add skos:altLabel to the right stage in ontology/deai.ttl',
  );
  ctx.minted.iri(iri, RDF('type'), DEAI('LifecycleStage'));
  ctx.minted.iri(iri, RDF('type'), SKOS('Concept'));
  ctx.minted.iri(iri, SKOS('inScheme'), DEAI('LifecycleStageScheme'));
  ctx.minted.text(iri, SKOS('prefLabel'), heading.title);
  if (heading.number !== undefined) ctx.minted.text(iri, SKOS('notation'), heading.number);
  return iri;
}

/** Adds the listing node and the flat listedUnder/category triples for one entry of `subject`. */
export function listingToQuads(ctx: MapContext, subject: string, label: string, entry: SectionEntry): void {
  const placement = entryToPlacement(ctx, entry);
  const out = ctx.out;
  const listing = uniqueListing(ctx, `${subject}/listing/${localName(placement.stage)}`, label, entry);
  out.iri(subject, DEAI('listedUnder'), placement.stage);
  out.iri(subject, DEAI('listing'), listing);
  out.iri(listing, RDF('type'), DEAI('Listing'));
  out.text(listing, RDFS('label'), `${label} in ${placement.heading.number ? `${placement.heading.number} ` : ''}${conceptLabel(ctx, placement.stage)}`);
  out.iri(listing, DEAI('listedUnder'), placement.stage);
  out.add(listing, DEAI('sourceLine'), entry.line);
  out.add(listing, DEAI('sourceColumn'), entry.column);
  if (placement.category) {
    out.text(subject, DEAI('category'), placement.category);
    out.text(listing, DEAI('category'), placement.category);
  }
  for (const link of entry.links) linkToQuads(ctx, subject, link);
}

/** The same project (or paper) listed twice under one stage: both listings are kept, the second with a suffix and a warning. */
function uniqueListing(ctx: MapContext, listing: string, label: string, entry: SectionEntry): string {
  if (!ctx.out.hasSubject(listing)) return listing;
  let n = 2;
  while (ctx.out.hasSubject(`${listing}-${n}`)) n++;
  ctx.sink.warn(
    'entry/duplicate',
    placeIn(ctx.file, entry),
    `"${label}" is listed a second time under the same stage; kept as the listing <${listing}-${n}>`,
    'one entry per project or paper in each section: remove or merge the repeated line',
  );
  return `${listing}-${n}`;
}

function linkToQuads(ctx: MapContext, subject: string, link: EntryLink): void {
  const property = ctx.ontology.linkProperties.get(normaliseLabel(link.type));
  if (!property) {
    ctx.sink.warn(
      'link/unknown-type',
      placeIn(ctx.file, link),
      `Link "[${link.type}](${link.url})" has a type the ontology does not name; kept as deai:link`,
      'whitepaper, docs, code or paper (or add the word as skos:altLabel of a link property in ontology/deai.ttl)',
    );
  }
  ctx.out.iri(subject, property ?? DEAI('link'), link.url);
}

export function paperIri(base: string, title: string): string {
  return `${base}paper/${slugify(title)}`;
}

export function paperToQuads(ctx: MapContext, paper: PaperEntry): void {
  const subject = paperIri(ctx.base, paper.title);
  const out = ctx.out;
  const firstListing = !out.hasSubject(subject);
  out.iri(subject, RDF('type'), DEAI('Paper'));
  out.text(subject, RDFS('label'), paper.title);
  out.text(subject, DCTERMS('title'), paper.title);
  if (paper.authors) out.text(subject, DEAI('authors'), paper.authors);
  if (paper.venue) out.text(subject, DEAI('venue'), paper.venue);
  if (paper.year) out.add(subject, DEAI('year'), Number(paper.year)); // xsd:integer: OWL 2 has no xsd:gYear
  if (firstListing) out.add(subject, DEAI('sourceLine'), paper.line);
  out.iri(subject, PROV('wasDerivedFrom'), ctx.surveyIri);
  listingToQuads(ctx, subject, paper.title, paper);
}
