// A section entry → where it is listed (the stage of its section, its category) and its links, typed by the ontology.
import { placeIn } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { EntryLink, SectionEntry, SectionHeading } from '../parse/survey-types.js';
import { DEAI } from '../vocab/namespaces.js';
import { normaliseLabel } from './normalise-label.js';
import type { ResolveContext } from './resolve-context.js';
import type { ResolvedLink, ResolvedListing } from './resolved-types.js';
import { baseName } from './resolve-columns.js';

export type ListingContext = ResolveContext;

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

/**
 * The listings of one subject (a project or a paper), in survey order. A subject listed twice under one stage keeps
 * both listings, the second with ordinal 2 and an `entry/duplicate` warning.
 */
export function entriesToListings(entries: readonly SectionEntry[], label: string, ctx: ListingContext): ResolvedListing[] {
  const perStage = new Map<string, number>();
  return entries.map((entry) => {
    const { heading, category } = sectionsToStageHeading(entry.sections, ctx.ontology);
    const stage = headingToStage(heading, ctx);
    const ordinal = (perStage.get(stage) ?? 0) + 1;
    perStage.set(stage, ordinal);
    const stageLabel = ctx.ontology.concepts.get(stage)?.prefLabel ?? heading.title;
    if (ordinal > 1) {
      ctx.sink.warn(
        'entry/duplicate',
        placeIn(ctx.file, entry),
        `"${label}" is listed a second time under the same stage (${stageLabel}); kept as its listing number ${ordinal} there`,
        'one entry per project or paper in each section: remove or merge the repeated line',
      );
    }
    return {
      line: entry.line,
      column: entry.column,
      entry,
      stage,
      stageLabel,
      heading,
      ...(category ? { category: ctx.ontology.concepts.get(category)?.prefLabel ?? category } : {}),
      ordinal,
      links: entry.links.map((link) => linkToProperty(link, entry.kind, ctx)),
    };
  });
}

function headingToStage(heading: SectionHeading, ctx: ListingContext): string {
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
  const { iri } = ctx.minted.mint(
    'stage',
    heading.title,
    `${ctx.base}stage/`,
    `"${heading.title}": a section of the survey that names no lifecycle stage of the DeAI ontology (minted from ${baseName(ctx.file)}).`,
    heading.number,
  );
  ctx.sink.warn(
    'section/unknown-stage',
    place,
    `Section "${heading.title}" is not a lifecycle stage in the ontology; its entries are listed under the new concept <${iri}>`,
    'a stage label; to map it, add skos:altLabel to the right stage in ontology/deai.ttl',
  );
  return iri;
}

/** A link's word → its property. On a paper, a word the ontology does not know ("[OpenAI blog]") is where to read it: the paper link. */
function linkToProperty(link: EntryLink, kind: SectionEntry['kind'], ctx: ListingContext): ResolvedLink {
  const property = ctx.ontology.linkProperties.get(normaliseLabel(link.type)) ?? (kind === 'paper' ? DEAI('paperLink') : undefined);
  if (!property) {
    ctx.sink.warn(
      'link/unknown-type',
      placeIn(ctx.file, link),
      `Link "[${link.type}](${link.url})" has a type the ontology does not name; kept as deai:link`,
      'whitepaper, docs, code or paper (or add the word as skos:altLabel of a link property in ontology/deai.ttl)',
    );
  }
  return { line: link.line, column: link.column, type: link.type, url: link.url, property: property ?? DEAI('link') };
}
