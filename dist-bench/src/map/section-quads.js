// Section entries → listings (stage + category + line), typed links, and academic papers.
import { placeIn } from '../errors.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { slugify } from '../resolve/slugify.js';
import { DCTERMS, DEAI, PROV, RDF, RDFS, SKOS, XSD } from '../vocab/namespaces.js';
import { conceptLabel, localName } from './map-context.js';
/** Where an entry is listed: the stage of its innermost non-category section, and its category. */
export function entryToPlacement(ctx, entry) {
    let category;
    let stageHeading;
    for (const heading of entry.sections) {
        const categoryIri = ctx.ontology.categories.get(normaliseLabel(heading.title));
        if (categoryIri)
            category = conceptLabel(ctx, categoryIri);
        else
            stageHeading = heading;
    }
    const heading = stageHeading ?? entry.sections[0];
    return { stage: headingToStage(ctx, heading), heading, ...(category ? { category } : {}) };
}
function headingToStage(ctx, heading) {
    const known = ctx.ontology.stages.get(normaliseLabel(heading.title));
    const place = placeIn(ctx.file, heading);
    if (known) {
        const notations = ctx.ontology.concepts.get(known)?.notations ?? [];
        if (heading.number !== undefined && notations.length > 0 && !notations.includes(heading.number)) {
            ctx.sink.warn('section/number-mismatch', place, `Section "${heading.number}. ${heading.title}" has number ${heading.number}, but the ontology numbers this stage ${notations.join(', ')}`, `"${notations[0]}. ${heading.title}"`);
        }
        return known;
    }
    const iri = `${ctx.base}stage/${slugify(heading.title)}`;
    ctx.sink.warn('section/unknown-stage', place, `Section "${heading.title}" is not a lifecycle stage in the ontology; its entries are listed under the new concept <${iri}>`, 'a stage label; to map it, add skos:altLabel to the right stage in ontology/deai.ttl');
    ctx.out.iri(iri, RDF('type'), DEAI('LifecycleStage'));
    ctx.out.iri(iri, RDF('type'), SKOS('Concept'));
    ctx.out.iri(iri, SKOS('inScheme'), DEAI('LifecycleStageScheme'));
    ctx.out.text(iri, SKOS('prefLabel'), heading.title);
    if (heading.number !== undefined)
        ctx.out.text(iri, SKOS('notation'), heading.number);
    return iri;
}
/** Adds the listing node and the flat listedUnder/category triples for one entry of `subject`. */
export function listingToQuads(ctx, subject, label, entry) {
    const placement = entryToPlacement(ctx, entry);
    const listing = `${subject}/listing/${localName(placement.stage)}`;
    const out = ctx.out;
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
    for (const link of entry.links)
        linkToQuads(ctx, subject, link);
}
function linkToQuads(ctx, subject, link) {
    const property = ctx.ontology.linkProperties.get(normaliseLabel(link.type));
    if (!property) {
        ctx.sink.warn('link/unknown-type', placeIn(ctx.file, link), `Link "[${link.type}](${link.url})" has a type the ontology does not name; kept as deai:link`, 'whitepaper, docs, code or paper (or add the word as skos:altLabel of a link property in ontology/deai.ttl)');
    }
    ctx.out.iri(subject, property ?? DEAI('link'), link.url);
}
export function paperIri(base, title) {
    return `${base}paper/${slugify(title)}`;
}
export function paperToQuads(ctx, paper) {
    const subject = paperIri(ctx.base, paper.title);
    const out = ctx.out;
    const firstListing = !out.hasSubject(subject);
    out.iri(subject, RDF('type'), DEAI('Paper'));
    out.text(subject, RDFS('label'), paper.title);
    out.text(subject, DCTERMS('title'), paper.title);
    if (paper.authors)
        out.text(subject, DEAI('authors'), paper.authors);
    if (paper.venue)
        out.text(subject, DEAI('venue'), paper.venue);
    if (paper.year)
        out.add(subject, DEAI('year'), { value: paper.year, datatype: XSD('gYear') });
    if (firstListing)
        out.add(subject, DEAI('sourceLine'), paper.line);
    out.iri(subject, PROV('wasDerivedFrom'), ctx.surveyIri);
    listingToQuads(ctx, subject, paper.title, paper);
}
