// Markdown → markdown-it tokens (CommonMark + GFM tables, strikethrough, autolinks, footnotes), and the helpers that
// turn tokens back into text and source places. markdown-it replaced mdast/micromark here: on a 10k-project survey it
// parses in 0.5 s where micromark took 9.5 s (docs/benchmarks.md). Inline tokens carry no columns, so the link rules
// are wrapped to record where each link starts (token.meta.offset, within its inline token's content).
import markdownIt, { type MarkdownIt, type StateBlock, type StateCore, type StateInline, type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { MarkdownPiece } from './markdown-pieces.js';
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
  // markdown-it-footnote's types are written against markdown-it's CommonJS typings; the plugin is the same.
  md.use(footnote as never);
  for (const name of ['link', 'autolink', 'linkify']) recordLinkOffsets(md, name);
  return md;
}

/** Wraps an inline rule so that the link_open token it pushes records the offset where the link starts. */
function recordLinkOffsets(md: MarkdownIt, name: string): void {
  const rule = ruleFn<InlineRule>(md.inline.ruler, name);
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

/** What streamMarkdown hands on, in document order. Every token handed on has its inline children parsed. */
export interface BlockVisitor {
  /** A whole top-level block other than a table (heading, list, paragraph, …): its tokens, open to close. */
  block(tokens: Token[]): void;
  /** A top-level table begins (its table_open token). */
  tableStart(open: Token): void;
  /** One row of that table, header row first: tr_open … tr_close. */
  tableRow(row: Token[]): void;
  tableEnd(): void;
}

type CoreRule = (state: StateCore) => void;
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * Parses markdown block by block and hands each block on as soon as it is read, so memory holds one block's tokens
 * at a time; a table is handed on row by row (a 100k-row table as one token array is 870 MB). This is markdown-it's
 * own top-level loop (ParserBlock.tokenize) and core chain, run a block at a time, over the pieces of the document
 * (parse/markdown-pieces.ts: a short document is one piece); token maps are lines of the whole document, and `lines`
 * shows the piece being read. Link reference and footnote definitions apply to the whole document, so when a piece
 * has any, a first pass reads the definitions of every such piece.
 */
export function streamMarkdown(pieces: () => Iterable<MarkdownPiece>, visitor: BlockVisitor, lines: SourceLines, afterFirstPass?: () => void): void {
  parser ??= createParser();
  const md = parser;
  const env: Record<string, unknown> = {};
  const inlineRules = coreRulesAfterBlock(md);
  const parseInline = (tokens: Token[]): Token[] => {
    const state = new md.core.State('', md, env);
    state.tokens = tokens;
    for (const rule of inlineRules) rule(state);
    return tokens;
  };
  const normalize = ruleFn(md.core.ruler, 'normalize');
  const source = (piece: MarkdownPiece): string => {
    const core = new md.core.State(piece.lines.join('\n'), md, env);
    normalize(core);
    return core.src;
  };
  const ignore: BlockVisitor = { block: () => undefined, tableStart: () => undefined, tableRow: () => undefined, tableEnd: () => undefined };
  const definitions = /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;
  for (const piece of pieces()) {
    const src = source(piece);
    if (definitions.test(src)) topLevelBlocks(md, src, env, ignore, (t) => t, { ...piece, base: 0 }, false);
  }
  afterFirstPass?.();
  let endedInTable = false;
  for (const piece of pieces()) {
    if (piece.continuesTable && !endedInTable) throw new Error(`markdown piece at line ${piece.base + 3} continues a table the piece before did not end in`);
    if (endedInTable && !piece.continuesTable) visitor.tableEnd();
    lines.show(piece);
    endedInTable = topLevelBlocks(md, source(piece), env, visitor, parseInline, piece, true);
  }
  if (endedInTable) visitor.tableEnd();
}

/** Parses one piece; returns whether it ended inside a table (its last line a table row). */
function topLevelBlocks(
  md: MarkdownIt,
  src: string,
  env: Record<string, unknown>,
  visitor: BlockVisitor,
  parseInline: (tokens: Token[]) => Token[],
  piece: MarkdownPiece,
  visit: boolean,
): boolean {
  const state = new md.block.State(src, md, env, []);
  const rules = md.block.ruler.getRules('') as BlockRule[];
  const push = state.push.bind(state);
  let rowStart = -1;
  let inTable = false;
  /** A continued table's header row, which the piece repeats, is not handed on again. */
  let skipRow = piece.continuesTable;
  const shift = (tokens: Token[]): Token[] => {
    if (piece.base !== 0) for (const t of tokens) if (t.map) t.map = [t.map[0] + piece.base, t.map[1] + piece.base];
    return tokens;
  };
  // Rows are taken out of the token list as the table rule pushes them.
  state.push = (type: string, tag: string, nesting: -1 | 0 | 1): Token => {
    const token = push(type, tag, nesting);
    if (type === 'table_open' && state.level === 1) {
      inTable = true;
      if (!(piece.continuesTable && skipRow)) visitor.tableStart(shift([token])[0] as Token);
    } else if (inTable && type === 'tr_open') {
      rowStart = state.tokens.length - 1;
    } else if (inTable && type === 'tr_close' && rowStart >= 0) {
      const row = state.tokens.splice(rowStart);
      if (skipRow) skipRow = false;
      else if (visit) visitor.tableRow(parseInline(shift(row)));
      rowStart = -1;
    }
    return token;
  };
  let line = 0;
  const end = state.lineMax;
  let hasEmptyLines = false;
  let endedInTable = false;
  while (line < end) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= end) break;
    const before = state.line;
    if (!rules.some((rule) => rule(state, line, end, false))) throw new Error('none of the block rules matched');
    if (state.line <= before) throw new Error("block rule didn't increment state.line");
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
    line = state.line;
    endedInTable = inTable && line >= end;
    if (line < end && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
    const tokens = state.tokens.splice(0);
    if (inTable) {
      inTable = false;
      skipRow = false;
      // A table that reaches the end of the piece may go on in the next one: streamMarkdown ends it.
      if (!endedInTable && visit) visitor.tableEnd();
    } else if (tokens.length > 0 && visit) {
      visitor.block(parseInline(shift(tokens)));
    }
  }
  return endedInTable;
}

/** The core rules that run after the block parser (inline, linkify, text_join, …), without the footnote list at the end. */
function coreRulesAfterBlock(md: MarkdownIt): CoreRule[] {
  const rules = (md.core.ruler as unknown as { __rules__: { name: string; enabled: boolean; fn: CoreRule }[] }).__rules__;
  const at = rules.findIndex((r) => r.name === 'block');
  return rules.slice(at + 1).filter((r) => r.enabled && r.name !== 'footnote_tail').map((r) => r.fn);
}

/** A rule of a markdown-it Ruler by name (Ruler keeps them in __rules__; getRules only gives the enabled chain). */
function ruleFn<Rule = (state: StateCore) => void>(ruler: unknown, name: string): Rule {
  const rule = (ruler as { __rules__: { name: string; fn: Rule }[] }).__rules__.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no rule "${name}"`);
  return rule.fn;
}

/** Inline markdown (a table cell that markdown-it dropped) → its inline tokens. */
export function markdownInline(text: string): Token[] {
  parser ??= createParser();
  return parser.parseInline(text, {})[0]?.children ?? [];
}

/**
 * Plain text of inline tokens (link labels kept, URLs not), whitespace collapsed. A footnote reference is written
 * back as its marker ("[^2]"), so text reads the same whether or not the survey defines the footnote.
 */
export function inlineText(tokens: readonly Token[] | null | undefined): string {
  return collapse(rawInlineText(tokens));
}

function rawInlineText(tokens: readonly Token[] | null | undefined): string {
  let text = '';
  for (const t of tokens ?? []) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline') text += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += '\n';
    else if (t.type === 'image') text += rawInlineText(t.children);
    else if (t.type === 'footnote_ref') text += `[^${(t.meta as { label?: string } | null)?.label ?? ''}]`;
  }
  return text;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The source lines of the document's piece being read, by their index in the whole document, for turning token line
 * maps and offsets into places (a piece at a time: nothing keeps tokens past their block).
 */
export class SourceLines {
  private lines: readonly string[] = [];
  private base = 0;

  /** The lines of a whole text, or nothing until `show` is called. */
  constructor(lines: readonly string[] = []) {
    this.lines = lines;
  }

  show(piece: { readonly lines: readonly string[]; readonly base: number }): void {
    this.lines = piece.lines;
    this.base = piece.base;
  }

  line(index: number): string {
    return this.lines[index - this.base] ?? '';
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

/** The index of the token that closes `tokens[open]` (block tokens, or the inline tokens of one inline token). */
export function blockEnd(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += (tokens[i] as Token).nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}
