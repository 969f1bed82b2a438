// The citation text of an academic entry (what follows its bold title) → authors, venue, volume, pages, year, ….
//
// Survey citations come in the common styles: IEEE ("J. Smith, A. Lee, and B. Kim. Venue, vol. 3, no. 2,
// pp. 1–9, 2020."), ACM ("John Smith and Alice Lee. 2020. In Proceedings of …"), books ("3rd ed. Place, ST:
// Publisher, 2010."), preprints ("arXiv preprint arXiv:2005.14165, 2020"), blog posts and laws. The text is cut into
// the author list and then into fields (at full stops that end a sentence, then at commas), and each field is read
// by its form: "vol. 4" is a volume, "pp. 237–285" pages, a lone four-digit number a year (never one inside pages
// or a volume), "Cham: Springer" a place and a publisher. The first field that is none of these is the venue; any
// later one is reported (its offset in `problems`) and stays only in the raw citation.

export interface Citation {
  /** One name each, as written, without "et al." and without trailing punctuation. */
  readonly authors: readonly string[];
  /** The author list ends in "et al.": there are more authors than listed. */
  readonly etAl: boolean;
  readonly venue?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: string;
  readonly year?: string;
  readonly edition?: string;
  readonly publisher?: string;
  readonly place?: string;
  /** A law's number ("Public Law 104–191" → "104–191"). */
  readonly number?: string;
  /** An arXiv identifier named in the text ("arXiv:2108.07258" → "2108.07258"). */
  readonly arxiv?: string;
  /** A DOI named in the text ("doi:10.1145/…"). */
  readonly doi?: string;
}

export interface CitationProblem {
  /** Offset of the unread part in the citation text. */
  readonly offset: number;
  readonly text: string;
}

export interface ParsedCitation {
  readonly citation: Citation;
  readonly problems: readonly CitationProblem[];
}

const YEAR = /^\(?((?:1[6-9]|20)\d\d)[a-z]?\)?$/;
const YEAR_ANYWHERE = /(?<![\d–-])((?:1[6-9]|20)\d\d)(?![\d–-])/g;
const INITIALS = /^(?:\p{Lu}\.?-?)+$/u;
/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['vol', 'no', 'nr', 'pp', 'p', 'ed', 'eds', 'edn', 'proc', 'conf', 'int', 'intl', 'trans', 'j', 'ch', 'sec', 'inc', 'ltd', 'co', 'corp', 'st', 'dept', 'univ', 'assoc', 'natl', 'jr', 'sr', 'vs', 'pub', 'l', 'rev', 'symp', 'comput', 'sci']);
/** Words that make a phrase a venue, not a list of people. */
const VENUE_WORDS = /\b(Proceedings|Proc\.|Journal|Conference|Conf\.|Transactions|Symposium|Workshop|arXiv|preprint|Review|Letters|Magazine|Press|Blog|Law|Act|Advances|International|Annual)\b/;
/** Publishers that appear on their own after a venue ("…, IEEE, 2009"), and publisher-like endings. */
const PUBLISHERS = new Set(['ieee', 'acm', 'elsevier', 'springer', 'wiley', 'mcgraw hill', 'mcgraw-hill', 'prentice hall', 'pearson', 'addison-wesley', "o'reilly", 'morgan kaufmann', 'curran associates', 'pmlr', 'usenix', 'mit press', 'cambridge university press', 'oxford university press', 'now publishers', 'crc press', 'academic press', 'aaai press', 'openreview']);
const PUBLISHER_ENDING = /\b(Press|Publishing|Publishers|Verlag|Inc\.?|Ltd\.?|GmbH|Hall)$/;

/** Reads a citation. `text` is the entry's text after its bold title, links excluded. */
export function parseCitation(text: string): ParsedCitation {
  const problems: CitationProblem[] = [];
  const fields: Record<string, string> = {};
  let body = text.replace(/\s+/g, ' ');
  // Lead-ins of a link, not part of the citation.
  body = body.replace(/[,.]?\s*\b(Available (?:at|online|from)|Online|URL|Retrieved from)\s*:?\s*$/i, '').replace(/\s*\[Online\]\.?/gi, '');
  // IEEE repeats the title in quotes ("A. Vaswani et al., “Attention is all you need,” in Proc. …"): the bold title has it.
  body = body.replace(/[“"][^”"]+[”"],?/g, (quoted) => ' '.repeat(quoted.length));
  const arxiv = /\barXiv:\s*((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?)/i.exec(body);
  if (arxiv) fields.arxiv = arxiv[1] as string;
  const doi = /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/[^\s,;]+[^\s,;.])/i.exec(body);
  if (doi) fields.doi = doi[1] as string;

  const start = body.length - body.trimStart().length;
  const { authors, etAl, rest, restOffset } = splitAuthors(body.trim());
  let year: string | undefined;
  for (const { field, offset } of restToFields(rest, start + restOffset)) {
    const kind = readField(field, fields);
    if (kind === 'year') year = (YEAR.exec(field) as RegExpExecArray)[1];
    else if (kind === 'unread') {
      if (fields.venue === undefined) fields.venue = field.replace(/^in:?\s+/i, '');
      else problems.push({ offset, text: field });
    }
  }
  // No year of its own: one inside the venue's name ("Machine Learning Proceedings 1994", "In 2009 IEEE Conference …").
  year ??= fields.venue ? [...fields.venue.matchAll(YEAR_ANYWHERE)].at(-1)?.[1] : undefined;
  year ??= authors.year;
  const citation: Citation = { authors: authors.names, etAl, ...fields, ...(year ? { year } : {}) };
  return { citation, problems };
}

type FieldKind = 'year' | 'read' | 'unread';

/** Reads one field into `fields` by its form; says whether it was a year, something else it knows, or unknown. */
function readField(field: string, fields: Record<string, string>): FieldKind {
  const set = (key: string, value: string): FieldKind => {
    fields[key] ??= value;
    return 'read';
  };
  let m: RegExpExecArray | null;
  if (YEAR.test(field)) return 'year';
  if ((m = /^(?:vol(?:ume)?\.?)\s*(\S+)$/i.exec(field))) return set('volume', m[1] as string);
  if ((m = /^(?:no|nr|num|number|issue)\.?\s*(\S+)$/i.exec(field))) return set('issue', m[1] as string);
  if ((m = /^(?:pp?|pages?)\.?\s*(\d+(?:\s*[–—-]+\s*\d+)?)$/i.exec(field))) return set('pages', (m[1] as string).replace(/\s+/g, ''));
  if (/^\d+\s*[–—-]+\s*\d+$/.test(field)) return set('pages', field.replace(/\s+/g, ''));
  if ((m = /^(\d+)\s*\((\d+)\)\s*:\s*(\d+(?:\s*[–—-]+\s*\d+)?)$/.exec(field))) {
    set('volume', m[1] as string);
    set('issue', m[2] as string);
    return set('pages', (m[3] as string).replace(/\s+/g, ''));
  }
  if ((m = /^(\d+)\s*\((\d+)\)$/.exec(field))) {
    set('volume', m[1] as string);
    return set('issue', m[2] as string);
  }
  if ((m = /^(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+ed(?:ition|n)?\.?$/i.exec(field))) return set('edition', m[1] as string);
  if ((m = /^(?:Public Law|Pub\.\s*L\.(?:\s*No\.)?)\s+(\S+)$/i.exec(field))) {
    set('number', m[1] as string);
    return set('venue', 'Public Law');
  }
  if ((m = /^arXiv(?:\s+preprint)?(?:\s+arXiv:\s*\S+)?$/i.exec(field))) return set('venue', /preprint/i.test(field) ? 'arXiv preprint' : 'arXiv');
  if ((m = /^(?:doi:\s*\S+|https?:\/\/\S+)$/i.exec(field))) return 'read';
  if ((m = /^([\p{Lu}][\p{L} .]+(?:, [A-Z]{2})?)\s*:\s*(.+)$/u.exec(field)) && isPublisher(m[2] as string)) {
    set('place', (m[1] as string).trim());
    return set('publisher', (m[2] as string).trim());
  }
  if (isPublisher(field) && (fields.venue !== undefined || fields.publisher === undefined)) return set('publisher', field);
  // ACM: "ACM, New York, NY, USA" — the publisher's place, a capitalised word or three at a time.
  if (fields.publisher !== undefined && /^[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}$/u.test(field)) {
    fields.place = fields.place === undefined ? field : `${fields.place}, ${field}`;
    return 'read';
  }
  return 'unread';
}

function isPublisher(text: string): boolean {
  return PUBLISHERS.has(text.toLowerCase()) || PUBLISHER_ENDING.test(text);
}

interface AuthorSplit {
  readonly authors: { readonly names: string[]; readonly year?: string };
  readonly etAl: boolean;
  readonly rest: string;
  /** Where `rest` starts in the trimmed text. */
  readonly restOffset: number;
}

/**
 * The author list runs to "et al." or to the first full stop that ends a sentence: one after a word that is not an
 * initial ("L. P." continues; "Kaelbling." ends). A first sentence that reads as a venue has no authors before it.
 */
function splitAuthors(text: string): AuthorSplit {
  const etAl = /\bet al\.?/.exec(text);
  const end = sentenceEnd(text, 0, true);
  let authorEnd: number;
  let restStart: number;
  let hasEtAl = false;
  if (etAl && (end < 0 || etAl.index <= end)) {
    authorEnd = etAl.index;
    restStart = etAl.index + etAl[0].length;
    hasEtAl = true;
  } else if (end >= 0) {
    authorEnd = end;
    restStart = end + 1;
  } else {
    authorEnd = text.length;
    restStart = text.length;
  }
  const candidate = text.slice(0, authorEnd).trim();
  if (candidate === '' || (!hasEtAl && !looksLikeAuthors(candidate))) return { authors: { names: [] }, etAl: false, rest: text, restOffset: 0 };
  const rest = text.slice(restStart).replace(/^[\s.,;:]+/, '');
  return { authors: namesOf(candidate.replace(/[\s,;]+$/, '')), etAl: hasEtAl, rest, restOffset: text.length - rest.length };
}

/** People or organisations, not a venue: no venue words, and at least one capitalised name. */
function looksLikeAuthors(text: string): boolean {
  if (/^In\b/.test(text) || YEAR.test(text)) return false;
  const withoutYear = text.replace(/,?\s*\(?(?:1[6-9]|20)\d\d\)?$/, '');
  if (VENUE_WORDS.test(withoutYear) && !/\b\p{Lu}\.\s/u.test(withoutYear)) return false;
  return /\p{Lu}/u.test(withoutYear);
}

/** "S. García, J. Luengo, and F. Herrera" → three names; "Smith, J., & Lee, B." → "Smith, J.", "Lee, B."; a trailing year is split off. */
function namesOf(text: string): { names: string[]; year?: string } {
  let list = text;
  let year: string | undefined;
  const trailingYear = /,?\s*\(?((?:1[6-9]|20)\d\d)\)?$/.exec(list);
  if (trailingYear) {
    year = trailingYear[1];
    list = list.slice(0, trailingYear.index);
  }
  const parts = list
    .split(/\s*,\s*(?:and|&)\s+|\s+(?:and|&)\s+|\s*[,;]\s*/)
    .map((p) => p.trim().replace(/[.,;:]+$/, (punct) => (INITIALS.test(p.slice(-2, -1)) && punct === '.' ? '.' : '')))
    .filter((p) => p !== '');
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    // APA: "Smith, J." — a surname followed by its initials.
    if (next !== undefined && !part.includes(' ') && !INITIALS.test(part) && INITIALS.test(next.replace(/\s/g, ''))) {
      names.push(`${part}, ${withStop(next)}`);
      i++;
    } else {
      names.push(part.replace(/\s+\.$/, ''));
    }
  }
  return { names: names.map(stripTrailingStop), ...(year ? { year } : {}) };
}

function withStop(initials: string): string {
  return initials.endsWith('.') ? initials : `${initials}.`;
}

/** "Herrera." → "Herrera"; an initial keeps its stop ("Smith, J."), and so does "U.S.". */
function stripTrailingStop(name: string): string {
  if (/(?:^|[\s,])(?:\p{Lu}\.)+$/u.test(name)) return name;
  return name.replace(/[.,;:\s]+$/, '');
}

/**
 * The index of the first full stop at or after `from` that ends a sentence: followed by a space (or the end) and
 * not after an initial or an abbreviation. With `names`, a stop after a run of initials ("U.S.") never ends one.
 */
function sentenceEnd(text: string, from: number, names = false): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '.') continue;
    if (i + 1 < text.length && text[i + 1] !== ' ') continue;
    const word = /([\p{L}\p{N}.'-]+)$/u.exec(text.slice(0, i))?.[1] ?? '';
    const bare = word.replace(/\./g, '');
    if (/^\p{Lu}$/u.test(bare) || (names && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word))) continue;
    if (ABBREVIATIONS.has(bare.toLowerCase()) && i + 1 < text.length) continue;
    if (/^\d+(st|nd|rd|th)$/i.test(bare)) continue;
    return i;
  }
  return -1;
}

/** The text after the authors → its fields, split at sentence ends and then at commas outside parentheses. */
function restToFields(rest: string, offset: number): { field: string; offset: number }[] {
  const fields: { field: string; offset: number }[] = [];
  // An edition written before a place ("3rd ed. Upper Saddle River, NJ: …") is a field of its own.
  const text = rest;
  let pos = 0;
  while (pos < text.length) {
    const end = sentenceEnd(text, pos);
    const sentence = text.slice(pos, end < 0 ? text.length : end);
    for (const piece of commaFields(sentence)) {
      for (const part of splitEdition(piece.text)) {
        const field = part.text.trim().replace(/[.;:]+$/, '');
        if (field !== '') fields.push({ field, offset: offset + pos + piece.offset + part.offset });
      }
    }
    pos = end < 0 ? text.length : end + 1;
  }
  return joinPlaces(fields);
}

/** "3rd ed. Upper Saddle River" → "3rd ed.", "Upper Saddle River". */
function splitEdition(text: string): { text: string; offset: number }[] {
  const m = /^(\s*\d+(?:st|nd|rd|th)\s+[Ee]d(?:ition|n)?\.)\s+(\S.*)$/.exec(text);
  if (!m) return [{ text, offset: 0 }];
  return [
    { text: m[1] as string, offset: 0 },
    { text: m[2] as string, offset: (m[1] as string).length + 1 },
  ];
}

/** "Upper Saddle River", "NJ: Prentice Hall" → one field "Upper Saddle River, NJ: Prentice Hall" (a place with its state). */
function joinPlaces(fields: { field: string; offset: number }[]): { field: string; offset: number }[] {
  const out: { field: string; offset: number }[] = [];
  for (const f of fields) {
    const last = out.at(-1);
    if (last && /^[A-Z]{2}\s*:\s*\S/.test(f.field) && /^[\p{Lu}][\p{L} .]+$/u.test(last.field)) {
      out[out.length - 1] = { field: `${last.field}, ${f.field}`, offset: last.offset };
    } else {
      out.push(f);
    }
  }
  return out;
}

function commaFields(sentence: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push({ text: sentence.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  out.push({ text: sentence.slice(start), offset: start });
  return out.map((p) => ({ text: p.text.trimStart(), offset: p.offset + (p.text.length - p.text.trimStart().length) }));
}
