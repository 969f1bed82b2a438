// Markdown → markdown-it tokens (CommonMark + GFM tables, strikethrough, autolinks, footnotes), and the helpers that
// turn tokens back into text and source places. markdown-it replaced mdast/micromark here: on a 10k-project survey it
// parses in 0.5 s where micromark took 9.5 s (docs/benchmarks.md). Inline tokens carry no columns, so the link rules
// are wrapped to record where each link starts (token.meta.offset, within its inline token's content).
import markdownIt, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { SourcePlace } from './survey-types.js';

export type { Token };
type InlineRule = (state: StateInline, silent: boolean) => boolean;

interface LinkMeta {
  offset: number;
}

function createParser(): MarkdownIt {
  const md = markdownIt('commonmark', { linkify: true });
  md.enable(['table', 'strikethrough', 'linkify']);
  // GFM autolinks need a scheme; bare "example.com" stays text.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  // Every link is kept as written: deai-kg checks schemes itself and reports a javascript: link rather than dropping it.
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.use(footnote);
  for (const name of ['link', 'autolink', 'linkify']) recordLinkOffsets(md, name);
  return md;
}

/** Wraps an inline rule so that the link_open token it pushes records the offset where the link starts. */
function recordLinkOffsets(md: MarkdownIt, name: string): void {
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
  const rule = rules.find((r) => r.name === name)?.fn;
  if (!rule) throw new Error(`markdown-it has no inline rule "${name}"`);
  md.inline.ruler.at(name, (state: StateInline, silent: boolean) => {
    const start = state.pos;
    const before = state.tokens.length;
    const matched = rule(state, silent);
    if (matched && !silent) {
      const open = state.tokens.slice(before).find((t: Token) => t.type === 'link_open');
      if (open) open.meta = { offset: name === 'linkify' ? start - protocolLength(open) : start } satisfies LinkMeta;
    }
    return matched;
  });
}

/** The linkify rule fires at "://", after the scheme has been read as text. */
function protocolLength(open: Token): number {
  const href = String(open.attrGet('href') ?? '');
  return href.indexOf(':');
}

let parser: MarkdownIt | undefined;

export function markdownToTokens(text: string): Token[] {
  parser ??= createParser();
  return parser.parse(text, {});
}

/** Inline markdown (a table cell that markdown-it dropped) → its inline tokens. */
export function markdownInline(text: string): Token[] {
  parser ??= createParser();
  return parser.parseInline(text, {})[0]?.children ?? [];
}

/** Plain text of inline tokens (link labels kept, URLs not; footnote references left out), whitespace collapsed. */
export function inlineText(tokens: readonly Token[] | null | undefined): string {
  return collapse(rawInlineText(tokens));
}

function rawInlineText(tokens: readonly Token[] | null | undefined): string {
  let text = '';
  for (const t of tokens ?? []) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline') text += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += '\n';
    else if (t.type === 'image') text += rawInlineText(t.children);
  }
  return text;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The source lines of a document, for turning token line maps and offsets into places. */
export class SourceLines {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  line(index: number): string {
    return this.lines[index] ?? '';
  }

  /** The place of a block token: its first line (1-based) and the column of its first non-space character. */
  blockPlace(token: Token): SourcePlace {
    const index = token.map?.[0] ?? 0;
    const text = this.line(index);
    return { line: index + 1, column: text.length - text.trimStart().length + 1 };
  }

  /** The place of the link that starts at `meta.offset` in an inline token's content. */
  linkPlace(inline: Token, link: Token): SourcePlace {
    const offset = (link.meta as LinkMeta | null)?.offset ?? 0;
    return this.offsetPlace(inline, offset);
  }

  /** An offset within an inline token's content → its place in the source (the content has its indentation removed). */
  offsetPlace(inline: Token, offset: number): SourcePlace {
    const content = inline.content;
    const before = content.slice(0, offset);
    const k = countNewlines(before);
    const lineStart = before.lastIndexOf('\n') + 1;
    const end = content.indexOf('\n', lineStart);
    const contentLine = content.slice(lineStart, end < 0 ? content.length : end);
    const index = (inline.map?.[0] ?? 0) + k;
    const found = this.line(index).indexOf(contentLine);
    return { line: index + 1, column: Math.max(found, 0) + (offset - lineStart) + 1 };
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The tokens from `open` to its matching close (exclusive), for block tokens of a nesting pair. */
export function blockEnd(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += (tokens[i] as Token).nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}
