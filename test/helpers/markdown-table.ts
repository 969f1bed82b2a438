// The first GFM table of some markdown as rows of "text <url>" cells, read with mdast directly (not deai-kg's parser).
// A footnote reference reads as its marker ("Decentralization[^2]"), as it does where the survey does not define it.
import type { Link, Nodes, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

export function tableCells(markdown: string): string[][] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const table = tree.children.find((n): n is Table => n.type === 'table');
  if (!table) throw new Error('no table');
  const width = table.children[0]?.children.length ?? 0;
  return table.children.map((row) =>
    row.children.slice(0, width).map((cell) => {
      const link = cell.children.find((c): c is Link => c.type === 'link');
      return `${textOf(cell).trim()}${link ? ` <${link.url}>` : ''}`;
    }),
  );
}

/** mdast's toString, but a footnote reference reads as its marker. */
export function textOf(node: Nodes): string {
  if (node.type === 'footnoteReference') return `[^${node.label ?? node.identifier}]`;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return toString(node);
}
