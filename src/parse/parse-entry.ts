// One list item of a survey section → a project entry or an academic paper entry.
import type { Link, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { placeIn, type DiagnosticSink } from '../errors.js';
import { nodeText, placeOf } from './markdown-tree.js';
import type { EntryLink, SectionEntry, SectionHeading } from './survey-types.js';

/**
 * `- **Name** [[docs](url)] …` is a project; `- **Title**. Authors. Venue, year. [[paper](url)]` is a
 * paper (the bold title is followed by a full stop). Anything else under a section is reported, not dropped.
 */
export function listItemToEntry(
  item: ListItem,
  sections: readonly SectionHeading[],
  file: string,
  sink: DiagnosticSink,
): SectionEntry | undefined {
  const place = placeOf(item);
  const paragraph = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  const content = paragraph ? paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === '')) : [];
  const first = content[0];
  if (!paragraph || !first || first.type !== 'strong') {
    sink.warn(
      'entry/unrecognised',
      placeIn(file, place),
      `List item "${truncate(nodeText(item))}" is not a survey entry and is not in the graph`,
      '"- **Name** [[whitepaper](url)] [[docs](url)] [[code](url)]" or "- **Title**. Authors. Venue, year. [[paper](url)]"',
    );
    return undefined;
  }
  const links = paragraphLinks(paragraph);
  const name = nodeText(first);
  const rest = textBetween(content.slice(1));
  if (/^\s*\./.test(rest)) return { kind: 'paper', ...place, sections, links, title: name, ...paperDetails(rest) };
  return { kind: 'project', ...place, sections, links, name };
}

function paragraphLinks(paragraph: Paragraph): EntryLink[] {
  const links: EntryLink[] = [];
  visit(paragraph, 'link', (node: Link) => {
    links.push({ ...placeOf(node), type: nodeText(node).toLowerCase(), url: node.url });
  });
  return links;
}

/** The plain text after the bold name and before the first link. */
function textBetween(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'link') break;
    text += node.type === 'text' ? node.value : nodeText(node);
  }
  return text;
}

/**
 * ". A. Smith, B. Lee. Proc. IEEE S&P, 2024. [" → authors, venue, year. The authors end at the last
 * full stop that does not follow a single-letter initial or an abbreviation of the venue ("vol.", "pp.");
 * the year is the trailing four digits.
 */
export function paperDetails(rest: string): { authors?: string; venue?: string; year?: string } {
  let text = rest.replace(/\s+/g, ' ').replace(/^\s*\.\s*/, '').replace(/[\s[]+$/, '').replace(/\.\s*$/, '');
  const details: { authors?: string; venue?: string; year?: string } = {};
  const year = /,?\s*\(?((?:19|20)\d\d)\)?$/.exec(text);
  if (year) {
    details.year = year[1] as string;
    text = text.slice(0, year.index).trim();
  }
  const split = lastSentenceBreak(text);
  const authors = (split < 0 ? text : text.slice(0, split)).trim().replace(/\bet al$/, 'et al.');
  const venue = split < 0 ? '' : text.slice(split + 1).trim();
  if (authors) details.authors = authors;
  if (venue) details.venue = venue;
  return details;
}

function lastSentenceBreak(text: string): number {
  for (let i = text.length - 1; i > 0; i--) {
    if (text[i] !== '.' || text[i + 1] !== ' ') continue;
    const word = /(\S+)$/.exec(text.slice(0, i))?.[1] ?? '';
    // "et al." ends the authors; "vol.", "no.", "pp.", "ed." and the like are inside the venue.
    if (!/^[A-Z]$/.test(word) && !/^(Proc|Conf|Int|Trans|J|Vol|No|pp|p|ed|eds|ch)$/i.test(word)) return i;
  }
  return -1;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
