// Every listing of one paper → one paper record: the fullest citation wins, gaps are filled from the others, the
// identifiers come from the text and the links (arXiv, DOI), and values that disagree are kept as conflicts for lint.
import type { Citation, PaperEntry, SourcePlace } from '../parse/survey-types.js';
import { normaliseLabel } from './normalise-label.js';
import { type ListingContext, entriesToListings } from './resolve-listing.js';
import type { PaperCitation, PaperConflict, ResolvedNote, ResolvedPaper } from './resolved-types.js';
import { slugify } from './slugify.js';

/** The fields a paper has one value of, in the order a conflict is reported. */
const FIELDS = ['authors', 'venue', 'volume', 'issue', 'pages', 'year', 'edition', 'publisher', 'place', 'number', 'arxiv', 'doi'] as const;
type Field = (typeof FIELDS)[number];

export function entriesToPaper(entries: readonly PaperEntry[], ctx: ListingContext, notes: readonly ResolvedNote[] = []): ResolvedPaper {
  const ranked = entries.map((entry, order) => ({ entry, citation: withLinkFacts(entry), order }));
  ranked.sort((a, b) => fullness(b.citation) - fullness(a.citation) || a.order - b.order);
  const winner = ranked[0] as (typeof ranked)[number];
  const citation: Record<string, unknown> = { raw: winner.entry.citationText, authors: winner.citation.authors, etAl: winner.citation.etAl };
  for (const field of FIELDS) {
    if (field === 'authors') continue;
    const from = ranked.find((r) => r.citation[field] !== undefined);
    if (from) citation[field] = from.citation[field];
  }
  const first = entries[0] as PaperEntry;
  const titles = [...new Set(entries.map((e) => e.title))];
  return {
    slug: slugify(first.title),
    title: winner.entry.title,
    altTitles: titles.filter((t) => t !== winner.entry.title),
    listings: entriesToListings(entries, winner.entry.title, ctx),
    sourceLine: first.line,
    citation: citation as unknown as PaperCitation,
    citedAt: { line: winner.entry.line, column: winner.entry.column },
    conflicts: conflictsOf(ranked.map((r) => ({ citation: r.citation, at: r.entry }))),
    notes: [...new Set([...notes, ...entries.flatMap((e) => (e.nameText ? ctx.notes.forMarkers(e.nameText) : []))])],
  };
}

/** What the links add: the arXiv id and DOI they name, and a venue from an untyped link's words ("[OpenAI blog]"). */
function withLinkFacts(entry: PaperEntry): Citation {
  const citation: { -readonly [K in keyof Citation]: Citation[K] } = { ...entry.citation };
  for (const link of entry.links) {
    citation.arxiv ??= arxivOf(link.url);
    citation.doi ??= doiOf(link.url);
  }
  const named = entry.links.find((link) => !/^(paper|pdf|article|chapter|book|blog|link|here|url|online|html|web|website|doi|arxiv)$/i.test(link.type));
  if (citation.venue === undefined && named) citation.venue = named.label;
  return citation;
}

/** "https://arxiv.org/abs/2005.14165v2", "…/pdf/1703.09039", "…/abs/cs/9605103" → the arXiv identifier without version. */
export function arxivOf(url: string): string | undefined {
  const m = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(?:v\d+)?(?:\.pdf)?\/?$/i.exec(url);
  return m?.[1];
}

/** A DOI in a link: doi.org/…, a publisher's /doi/… path (ACM, Wiley, T&F, SAGE), Springer's /article|chapter|book/10.… . */
export function doiOf(url: string): string | undefined {
  const m =
    /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/[^?#\s]+)/i.exec(url) ??
    /^https?:\/\/[^/]+\/doi\/(?:abs\/|full\/|pdf\/|epdf\/|book\/)?(10\.\d{4,9}\/[^?#\s]+)/i.exec(url) ??
    /^https?:\/\/link\.springer\.com\/(?:article|chapter|book|referenceworkentry|content\/pdf)\/(10\.\d{4,9}\/[^?#\s]+?)(?:\.pdf)?$/i.exec(url);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1] as string).replace(/\/+$/, '');
  } catch {
    return m[1];
  }
}

/** How much a citation says: each field it has, and each author it names (a complete list counts one more). */
function fullness(c: Citation): number {
  let n = c.authors.length + (c.authors.length > 0 && !c.etAl ? 1 : 0);
  for (const field of FIELDS) if (field !== 'authors' && c[field] !== undefined) n++;
  return n;
}

function authorsText(c: Citation): string | undefined {
  if (c.authors.length === 0) return undefined;
  return `${c.authors.join(', ')}${c.etAl ? ' et al.' : ''}`;
}

/** A field with two different values (compared ignoring case, spaces and punctuation) among the listings. */
function conflictsOf(listings: readonly { citation: Citation; at: SourcePlace }[]): PaperConflict[] {
  const conflicts: PaperConflict[] = [];
  for (const field of FIELDS) {
    const values = new Map<string, { value: string; at: SourcePlace }>();
    for (const { citation, at } of listings) {
      const value = field === 'authors' ? authorsText(citation) : (citation[field as Exclude<Field, 'authors'>] as string | undefined);
      if (value === undefined) continue;
      const key = normaliseLabel(value);
      if (!values.has(key)) values.set(key, { value, at: { line: at.line, column: at.column } });
    }
    if (values.size > 1) conflicts.push({ field, values: [...values.values()] });
  }
  return conflicts;
}
