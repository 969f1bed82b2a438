// Markdown → mdast with GFM (tables, footnotes, autolinks), keeping source positions on every node.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toString } from 'mdast-util-to-string';
export function markdownToTree(text) {
    return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
/** Plain text of a node with whitespace runs (including wrapped lines) collapsed. */
export function nodeText(node) {
    return toString(node).replace(/\s+/g, ' ').trim();
}
/** The node's start place; every node from the parser has one. */
export function placeOf(node) {
    const start = node.position?.start;
    return { line: start?.line ?? 1, column: start?.column ?? 1 };
}
