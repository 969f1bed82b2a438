// Walks the document's headings and lists: numbered headings give each list entry its section chain.
import { type DiagnosticSink, placeIn } from '../errors.js';
import { blockEnd, inlineText, type SourceLines, type Token } from './markdown-tokens.js';
import { withoutMarkers } from './footnote-markers.js';
import { listItemToEntry } from './parse-entry.js';
import type { RecordStore, SectionEntry, SectionHeading } from './survey-types.js';

/** "2.1. Data Preparation" → number "2.1", title "Data Preparation". The trailing dot is optional. */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/;

/**
 * Walks the document's top-level headings and lists as streamMarkdown hands them on. Section structure comes from
 * the numbering, not the heading level, so a heading written one level off (the seed's `#### 4. Post-training`
 * among `###` siblings) still nests correctly; the slip is reported as a warning.
 */
export class SectionWalker {
  readonly headings: SectionHeading[] = [];
  private readonly byNumber = new Map<string, SectionHeading>();
  private chain: SectionHeading[] = [];
  private topDepth: number | undefined;

  constructor(
    private readonly lines: SourceLines,
    private readonly file: string,
    private readonly sink: DiagnosticSink,
    /** Where entries go as they are read (an array by default). */
    readonly entries: RecordStore<SectionEntry> = [],
    /** What is stored of each entry (links written as IRIs). */
    private readonly onEntry: (entry: SectionEntry) => SectionEntry = (entry) => entry,
  ) {}

  /** A top-level block: its tokens, open to close. Returns the heading when the block is one. */
  block(tokens: readonly Token[]): SectionHeading | undefined {
    const open = tokens[0] as Token;
    if (open.type === 'heading_open') return this.heading(headingToRecord(open, tokens[1] as Token, this.lines));
    if ((open.type === 'bullet_list_open' || open.type === 'ordered_list_open') && this.chain.length > 0) {
      this.entries.push(...listToEntries(tokens, this.chain, this.lines, this.file, this.sink).map(this.onEntry));
    }
    return undefined;
  }

  private heading(heading: SectionHeading): SectionHeading {
    this.headings.push(heading);
    if (heading.number !== undefined) {
      this.topDepth ??= heading.depth - (heading.number.split('.').length - 1);
      checkLevel(heading, this.byNumber, this.topDepth, this.file, this.sink);
      this.byNumber.set(heading.number, heading);
      this.chain = numberedChain(heading.number, this.byNumber);
    } else if (this.chain.length > 0 && heading.depth > (this.chain.at(-1)?.depth ?? 0)) {
      // An unnumbered sub-heading (e.g. "Industry") nested under a numbered section.
      this.chain = [...this.chain.filter((h) => h.number !== undefined), heading];
    } else {
      this.chain = [];
    }
    return heading;
  }
}

export function headingToRecord(open: Token, inline: Token, lines: SourceLines): SectionHeading {
  const text = withoutMarkers(inlineText(inline.children));
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
function listToEntries(tokens: readonly Token[], chain: SectionHeading[], lines: SourceLines, file: string, sink: DiagnosticSink): SectionEntry[] {
  const entries: SectionEntry[] = [];
  const itemLevel = (tokens[0] as Token).level + 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (token.type !== 'list_item_open' || token.level !== itemLevel) continue;
    const end = blockEnd(tokens, i);
    const entry = listItemToEntry(tokens.slice(i, end + 1), chain, lines, file, sink);
    if (entry) entries.push(entry);
    i = end;
  }
  return entries;
}
