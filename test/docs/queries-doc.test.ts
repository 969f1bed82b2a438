// docs/queries.md is generated from the bundled questions and the graph; it must never go stale.
// Regenerate on purpose with: npm run docs
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { queriesToMarkdown } from '../../src/docs/queries-to-markdown.js';
import { bundledQueries } from '../../src/node/named-queries.js';
import { query } from '../../src/index.js';
import { seedGraph } from '../helpers/seed.js';

describe('docs/queries.md', () => {
  it('should show every bundled question with its current answer', async () => {
    const graph = seedGraph();
    const answered = await Promise.all(bundledQueries().map(async (q) => ({ query: q, result: await query(graph, q.sparql) })));
    const fresh = queriesToMarkdown(answered);
    if (process.env.UPDATE_DOCS === '1') writeFileSync('docs/queries.md', fresh);
    expect(readFileSync('docs/queries.md', 'utf8'), 'docs/queries.md is stale: run npm run docs').toBe(fresh);
    expect(fresh).toContain('| Morpheus | Application | 149 |');
  });
});
