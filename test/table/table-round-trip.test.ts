// The table rebuilt from the graph must equal the survey's table cell for cell. Both are read with
// mdast directly (not with deai-kg's parser), so the comparison does not trust the code under test.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import type { Link, Table } from 'mdast';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { graphToTable, tableToMarkdown } from '../../src/index.js';
import { SEED, seedGraph } from '../helpers/seed.js';

/** Each cell as [text, link url] (the url only where the cell is a link). */
function cells(markdown: string): string[][] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const table = tree.children.find((n): n is Table => n.type === 'table');
  if (!table) throw new Error('no table');
  return table.children.map((row) =>
    row.children.slice(0, table.children[0]?.children.length).map((cell) => {
      const link = cell.children.find((c): c is Link => c.type === 'link');
      return `${toString(cell).trim()}${link ? ` <${link.url}>` : ''}`;
    }),
  );
}

describe('The table command', () => {
  it('should rebuild the survey table from the graph, equal cell for cell (52 rows × 17 columns)', async () => {
    const rebuilt = cells(tableToMarkdown(await graphToTable(seedGraph())));
    const original = cells(SEED);
    expect(rebuilt).toHaveLength(53);
    expect(rebuilt.every((row) => row.length === 17)).toBe(true);
    expect(rebuilt).toEqual(original);
  });

  it('should take its content from the graph: a changed triple shows in the table', async () => {
    const { DataFactory } = await import('n3');
    const graph = seedGraph();
    const label = 'http://www.w3.org/2000/01/rdf-schema#label';
    const quads = graph.quads.map((q) =>
      q.subject.value === 'https://w3id.org/deai/project/bittensor' && q.predicate.value === label
        ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal('Changed'))
        : q,
    );
    const table = await graphToTable({ ...graph, quads });
    expect(table.rows[0]?.[0]).toBe('[Changed](https://bittensor.com/whitepaper)');
  });
});
