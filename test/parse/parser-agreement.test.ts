// deai-kg parses with markdown-it; mdast (micromark + GFM), a separate implementation of the same specs, must see the
// same table cells (text, link, line, column) and the same section list items (line, column, links) in every survey.
import { readdirSync, readFileSync } from 'node:fs';
import type { Definition, Link, LinkReference, ListItem, Nodes, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from '../../src/parse/parse-survey.js';
import { syntheticSurvey } from '../../bench/synthetic-survey.js';
import { ROOT } from '../helpers/cli.js';
import { textOf } from '../helpers/markdown-table.js';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const at = (node: Nodes): { line: number; column: number } => ({ line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });

function mdastView(markdown: string) {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  // mdast keeps reference links as linkReference nodes and their targets as definitions anywhere in the document.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (d: Definition) => void (definitions.has(d.identifier) || definitions.set(d.identifier, d.url)));
  const links = (node: Nodes): { url: string; node: Nodes }[] => {
    const found: { url: string; node: Nodes }[] = [];
    visit(node, (n) => {
      if (n.type === 'link') found.push({ url: (n as Link).url, node: n as Nodes });
      else if (n.type === 'linkReference' && definitions.has((n as LinkReference).identifier)) found.push({ url: definitions.get((n as LinkReference).identifier) as string, node: n as Nodes });
    });
    return found;
  };
  const table = tree.children.find((n): n is Table => n.type === 'table') as Table;
  const cells = table.children.map((row) =>
    row.children.map((cell) => {
      const link = links(cell)[0];
      // A cell's place is its content's first character (just after the pipe when it is empty).
      const place = cell.children[0] ? at(cell.children[0]) : { line: at(cell).line, column: at(cell).column + 1 };
      return { text: collapse(textOf(cell)), url: link?.url, ...place };
    }),
  );
  const items: { line: number; column: number; links: { url: string; line: number; column: number }[] }[] = [];
  for (const node of tree.children) {
    if (node.type !== 'list') continue;
    for (const item of node.children as ListItem[]) {
      const paragraph = item.children.find((c) => c.type === 'paragraph');
      items.push({ ...at(item), links: paragraph ? links(paragraph).map((l) => ({ url: l.url, ...at(l.node) })) : [] });
    }
  }
  return { cells, items };
}

function ourView(markdown: string) {
  const survey = parseSurvey(markdown, { file: 'x.md' });
  const cells = [survey.table.header, ...survey.table.rows.map((r) => r.cells)].map((row) =>
    row.map((c) => ({ text: c.text, url: c.link?.url, line: c.line, column: c.column })),
  );
  return { survey, cells };
}

const surveys: [string, string][] = [
  ['bundled survey', readFileSync(`${ROOT}/data/sok-deai-README.md`, 'utf8')],
  ['synthetic 300 projects', syntheticSurvey(300, 7)],
  ...['versions', 'lint'].flatMap((dir) =>
    readdirSync(`${ROOT}/test/fixtures/${dir}`)
      .filter((f) => f.endsWith('.md'))
      .map((f): [string, string] => [`${dir}/${f}`, readFileSync(`${ROOT}/test/fixtures/${dir}/${f}`, 'utf8')]),
  ),
  ['hostile names', readFileSync(`${ROOT}/test/fixtures/hostile-names.md`, 'utf8')],
  // Reference links whose definitions come after their use (one inside a list item): they apply document-wide.
  [
    'reference links defined later',
    [
      '# Survey', '', '| Project | Compute | Security Assumption |', '|---|---|---|', '| [Akash][akash] | ● | Staking |', '',
      '### 2.2. Compute', '', '#### 2.2.1. Industry', '',
      '- **Akash** [[whitepaper][wp]] [[docs](https://akash.network/docs/)]', '- [code]: https://github.com/akash-network', '',
      '[akash]: https://akash.network/', '[wp]: https://akash.network/whitepaper.pdf', '',
    ].join('\n'),
  ],
];

describe('markdown-it parsing agrees with mdast', () => {
  it.each(surveys)('%s: every table cell has the same text, link and place', (_name, markdown) => {
    // A row of only pipes is skipped by deai-kg, with a warning (test/map/survey-versions.test.ts).
    const theirs = mdastView(markdown).cells.filter((row) => row.some((cell) => cell.text !== ''));
    const ours = ourView(markdown).cells;
    expect(ours.length).toBe(theirs.length);
    ours.forEach((row, r) => {
      // mdast pads short rows (GFM rendering); deai-kg keeps the row as written to report the missing cells.
      const width = Math.min(row.length, theirs[r]?.length ?? 0);
      expect(row.slice(0, width)).toEqual(theirs[r]?.slice(0, width));
    });
  });

  it.each(surveys)('%s: every section entry sits at a list item of mdast, with the same links and places', (_name, markdown) => {
    const { survey } = ourView(markdown);
    const items = mdastView(markdown).items;
    for (const entry of survey.entries) {
      const item = items.find((i) => i.line === entry.line && i.column === entry.column);
      expect(item, `an mdast list item at ${entry.line}:${entry.column}`).toBeDefined();
      expect(entry.links.map((l) => ({ url: l.url, line: l.line, column: l.column }))).toEqual(item?.links);
    }
  });
});
