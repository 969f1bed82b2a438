// Markdown → mdast with GFM (tables, footnotes, autolinks), keeping source positions on every node.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourcePlace } from './survey-types.js';

export function markdownToTree(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Plain text of a node with whitespace runs (including wrapped lines) collapsed. */
export function nodeText(node: Nodes): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** The node's start place; every node from the parser has one. */
export function placeOf(node: Nodes): SourcePlace {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}
