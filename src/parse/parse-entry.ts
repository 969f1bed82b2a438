// One list item of a survey section → a project entry or an academic paper entry.
import { placeIn, type DiagnosticSink } from '../errors.js';
import { blockEnd, collapse, inlineText, type SourceLines, type Token } from './markdown-tokens.js';
import { withoutMarkers } from './footnote-markers.js';
import { parseCitation } from './parse-citation.js';
import type { EntryLink, SectionEntry, SectionHeading } from './survey-types.js';

/**
 * `- **Name** [[docs](url)] …` is a project; `- **Title**. Authors. Venue, year. [[paper](url)]` is a
 * paper (the bold title is followed by a full stop). Anything else under a section is reported, not dropped.
 * `item` is the item's tokens, list_item_open to list_item_close.
 */
export function listItemToEntry(
  item: readonly Token[],
  sections: readonly SectionHeading[],
  lines: SourceLines,
  file: string,
  sink: DiagnosticSink,
): SectionEntry | undefined {
  const open = item[0] as Token;
  const place = lines.blockPlace(open);
  const paragraph = item.findIndex((t) => t.type === 'paragraph_open' && t.level === open.level + 1);
  const inline = paragraph >= 0 ? item[paragraph + 1] : undefined;
  const content = (inline?.children ?? []).filter((t) => !(t.type === 'text' && t.content.trim() === '') && t.type !== 'softbreak');
  if (!inline || content[0]?.type !== 'strong_open') {
    const text = collapse(item.filter((t) => t.type === 'inline').map((t) => inlineText(t.children)).join(' '));
    sink.warn(
      'entry/unrecognised',
      placeIn(file, place),
      `List item "${truncate(text)}" is not a survey entry and is not in the graph`,
      '"- **Name** [[whitepaper](url)] [[docs](url)] [[code](url)]" or "- **Title**. Authors. Venue, year. [[paper](url)]"',
    );
    return undefined;
  }
  const children = inline.children ?? [];
  const strongOpen = children.indexOf(content[0]);
  const strongClose = blockEnd(children, strongOpen);
  const links = inlineLinks(inline, lines);
  const written = inlineText(children.slice(strongOpen + 1, strongClose));
  const name = withoutMarkers(written);
  const base = { ...place, sections, links, ...(written !== name ? { nameText: written } : {}) };
  const rest = textBefore(children.slice(strongClose + 1), 'link_open');
  if (!/^\s*\./.test(rest)) return { kind: 'project', ...base, name };
  const citationText = collapse(rest.replace(/^\s*\./, '').replace(/\[\s*$/, ''));
  const { citation, problems } = parseCitation(citationText);
  for (const problem of problems) {
    const at = inline.content.indexOf(problem.text, inline.content.indexOf('**', 2));
    sink.warn(
      'citation/unread',
      placeIn(file, at >= 0 ? lines.offsetPlace(inline, at) : place),
      `"${truncate(problem.text)}" in the citation of "${truncate(name)}" is not an author, venue, volume, number, pages, year, edition, place or publisher; it is kept only in the raw citation`,
      '"Authors. Venue, vol. N, no. N, pp. N–N, year." (IEEE) or another common citation style',
    );
  }
  return { kind: 'paper', ...base, title: name, citationText, citation };
}

function inlineLinks(inline: Token, lines: SourceLines): EntryLink[] {
  const links: EntryLink[] = [];
  const children = inline.children ?? [];
  children.forEach((token, i) => {
    if (token.type !== 'link_open') return;
    const label = inlineText(children.slice(i + 1, blockEnd(children, i)));
    const type = label.toLowerCase();
    // Most link words are lower case already ("docs"): one string for both, not two, in a survey of 100k entries.
    links.push({ ...lines.linkPlace(inline, token), type, label: label === type ? type : label, url: String(token.attrGet('href') ?? '') });
  });
  return links;
}

/** The text of inline tokens up to the first token of type `stop` (for a paper: ". Authors. Venue, year. ["). */
function textBefore(tokens: readonly Token[], stop: string): string {
  const end = tokens.findIndex((t) => t.type === stop);
  const before = end < 0 ? tokens : tokens.slice(0, end);
  let text = '';
  for (const t of before) text += t.type === 'softbreak' || t.type === 'hardbreak' ? '\n' : t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline' ? t.content : '';
  return text;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
