// Walks the document's headings and lists: numbered headings give each list entry its section chain.
import { type DiagnosticSink, placeIn } from '../errors.js';
import { blockEnd, inlineText, type SourceLines, type Token } from './markdown-tokens.js';
import { listItemToEntry } from './parse-entry.js';
import type { SectionEntry, SectionHeading } from './survey-types.js';

/** "2.1. Data Preparation" → number "2.1", title "Data Preparation". The trailing dot is optional. */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/;

export interface SectionsResult {
  readonly headings: SectionHeading[];
  readonly entries: SectionEntry[];
}

/**
 * Section structure comes from the numbering, not the heading level, so a heading written one level
 * off (the seed's `#### 4. Post-training` among `###` siblings) still nests correctly; the slip is
 * reported as a warning.
 */
export function tokensToSections(tokens: readonly Token[], lines: SourceLines, file: string, sink: DiagnosticSink): SectionsResult {
  const headings: SectionHeading[] = [];
  const entries: SectionEntry[] = [];
  const byNumber = new Map<string, SectionHeading>();
  let chain: SectionHeading[] = [];
  let topDepth: number | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.level !== 0 || token.nesting !== 1) continue;
    if (token.type === 'heading_open') {
      const heading = headingToRecord(token, tokens[i + 1] as Token, lines);
      headings.push(heading);
      if (heading.number !== undefined) {
        topDepth ??= heading.depth - (heading.number.split('.').length - 1);
        checkLevel(heading, byNumber, topDepth, file, sink);
        byNumber.set(heading.number, heading);
        chain = numberedChain(heading.number, byNumber);
      } else if (chain.length > 0 && heading.depth > (chain.at(-1)?.depth ?? 0)) {
        // An unnumbered sub-heading (e.g. "Industry") nested under a numbered section.
        chain = [...chain.filter((h) => h.number !== undefined), heading];
      } else {
        chain = [];
      }
    } else if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && chain.length > 0) {
      const close = blockEnd(tokens, i);
      entries.push(...listToEntries(tokens, i, close, chain, lines, file, sink));
      i = close;
    }
  }
  return { headings, entries };
}

export function headingToRecord(open: Token, inline: Token, lines: SourceLines): SectionHeading {
  const text = inlineText(inline.children);
  const match = NUMBERED.exec(text);
  const place = lines.blockPlace(open);
  const depth = Number(open.tag.slice(1));
  if (!match) return { ...place, title: text, depth };
  return { ...place, number: match[1] as string, title: (match[2] as string).trim(), depth };
}

function numberedChain(number: string, byNumber: Map<string, SectionHeading>): SectionHeading[] {
  const parts = number.split('.');
  const chain: SectionHeading[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const heading = byNumber.get(parts.slice(0, i).join('.'));
    if (heading) chain.push(heading);
  }
  return chain;
}

function checkLevel(
  heading: SectionHeading,
  byNumber: Map<string, SectionHeading>,
  topDepth: number,
  file: string,
  sink: DiagnosticSink,
): void {
  const parts = (heading.number as string).split('.');
  const parent = byNumber.get(parts.slice(0, -1).join('.'));
  const expected = parent ? parent.depth + 1 : topDepth + parts.length - 1;
  if (heading.depth === expected) return;
  sink.warn(
    'heading/level-slip',
    placeIn(file, heading),
    `Heading "${heading.number}. ${heading.title}" is level ${heading.depth}, but its number puts it at level ${expected}`,
    `"${'#'.repeat(expected)} ${heading.number}. ${heading.title}"; the entries under it are still placed by their numbering`,
  );
}

/** The list's own items (tokens one level inside it); nested lists belong to their item. */
function listToEntries(tokens: readonly Token[], open: number, close: number, chain: SectionHeading[], lines: SourceLines, file: string, sink: DiagnosticSink): SectionEntry[] {
  const entries: SectionEntry[] = [];
  const itemLevel = (tokens[open] as Token).level + 1;
  for (let i = open + 1; i < close; i++) {
    const token = tokens[i] as Token;
    if (token.type !== 'list_item_open' || token.level !== itemLevel) continue;
    const end = blockEnd(tokens, i);
    const entry = listItemToEntry(tokens.slice(i, end + 1), chain, lines, file, sink);
    if (entry) entries.push(entry);
    i = end;
  }
  return entries;
}
