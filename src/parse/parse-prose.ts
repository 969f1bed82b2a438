// The survey's prose around its table and lists: the introduction (its abstract), figures with their captions,
// bold-label notes under the table ("**Decentralization**: …") and footnote definitions ("[^2]: …").
import { collapse, inlineText, type SourceLines, type Token } from './markdown-tokens.js';
import type { FootnoteDefinition, SurveyFigure, SurveyNote, SourcePlace } from './survey-types.js';

export class ProseReader {
  readonly notes: SurveyNote[] = [];
  readonly footnotes: FootnoteDefinition[] = [];
  readonly figures: SurveyFigure[] = [];
  private readonly intro: { text: string; place: SourcePlace }[] = [];
  private titleSeen = false;
  private introOver = false;
  private afterTable = false;
  /** The figures of the block just read, while their caption may still follow as a paragraph of its own. */
  private uncaptioned: SurveyFigure[] = [];

  constructor(private readonly lines: SourceLines) {}

  /** A heading: the introduction ends at the first one after the title. */
  heading(depth: number): void {
    if (depth === 1 && !this.titleSeen) this.titleSeen = true;
    else this.introOver = true;
    this.uncaptioned = [];
  }

  tableStart(): void {
    this.afterTable = true;
    this.uncaptioned = [];
  }

  /** A top-level block other than a heading, list or table. */
  block(tokens: readonly Token[]): void {
    const open = tokens[0] as Token;
    if (open.type === 'footnote_reference_open') return this.footnote(tokens, open);
    if (open.type !== 'paragraph_open') {
      this.uncaptioned = [];
      return;
    }
    const inline = tokens[1] as Token;
    const content = (inline.children ?? []).filter((t) => !isBlank(t));
    const place = this.lines.blockPlace(open);
    if (content.some((t) => t.type === 'image')) return this.figuresOf(inline.children ?? [], place);
    if (this.uncaptioned.length > 0 && isEmphasisOnly(content)) {
      const caption = inlineText(content);
      for (const figure of this.uncaptioned.splice(0)) this.figures[this.figures.indexOf(figure)] = { ...figure, caption };
      return;
    }
    this.uncaptioned = [];
    const note = this.afterTable ? boldLabelNote(content) : undefined;
    if (note) this.notes.push({ ...place, ...note });
    else if (!this.introOver && !this.afterTable) this.intro.push({ text: inlineText(inline.children), place });
  }

  /** The introduction's paragraphs, the survey's abstract. */
  abstract(): ({ readonly text: string } & SourcePlace) | undefined {
    const [first] = this.intro;
    if (!first) return undefined;
    return { ...first.place, text: this.intro.map((p) => p.text).join('\n\n') };
  }

  private footnote(tokens: readonly Token[], open: Token): void {
    const label = String((open.meta as { label?: string } | null)?.label ?? '');
    const paragraphs = tokens.filter((t) => t.type === 'inline');
    const first = tokens.find((t) => t.map);
    const place = first ? this.lines.blockPlace(first) : { line: 1, column: 1 };
    this.footnotes.push({ line: place.line, column: 1, label, text: paragraphs.map((t) => inlineText(t.children)).join('\n\n') });
  }

  /** `![Figure1](assets/figure1.png)` and the bold or emphasised text after it in the same paragraph, its caption. */
  private figuresOf(children: readonly Token[], place: SourcePlace): void {
    const added: SurveyFigure[] = [];
    children.forEach((token, i) => {
      if (token.type !== 'image') return;
      const next = children.findIndex((t, j) => j > i && t.type === 'image');
      const caption = inlineText(children.slice(i + 1, next < 0 ? undefined : next));
      const figure: SurveyFigure = {
        line: place.line + countBreaks(children.slice(0, i)),
        column: place.column,
        path: String(token.attrGet('src') ?? ''),
        alt: inlineText(token.children),
        ...(caption ? { caption } : {}),
      };
      this.figures.push(figure);
      added.push(figure);
    });
    this.uncaptioned = added.filter((f) => f.caption === undefined);
  }
}

function isBlank(t: Token): boolean {
  return (t.type === 'text' && t.content.trim() === '') || t.type === 'softbreak' || t.type === 'hardbreak';
}

function countBreaks(tokens: readonly Token[]): number {
  return tokens.filter((t) => t.type === 'softbreak' || t.type === 'hardbreak').length;
}

/** A paragraph that is all bold or all italic: a caption written on its own. */
function isEmphasisOnly(content: readonly Token[]): boolean {
  const first = content[0];
  const last = content.at(-1);
  return !!first && !!last && /^(strong|em)_open$/.test(first.type) && last.type === first.type.replace('open', 'close');
}

/** `**Label**: text` or `**Label:** text` → the label and the text. */
function boldLabelNote(content: readonly Token[]): { label: string; text: string } | undefined {
  if (content[0]?.type !== 'strong_open') return undefined;
  const close = content.findIndex((t) => t.type === 'strong_close');
  if (close < 0) return undefined;
  const label = inlineText(content.slice(1, close));
  const rest = inlineText(content.slice(close + 1));
  if (label.endsWith(':')) return { label: label.slice(0, -1).trim(), text: rest };
  if (rest.startsWith(':')) return { label, text: collapse(rest.slice(1)) };
  return undefined;
}
