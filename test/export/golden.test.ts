// Golden fixtures in pairs (x.md → x.ttl), compared as graphs. Regenerate only on purpose: UPDATE_GOLDEN=1 npx vitest run test/export/golden.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, quadsToTurtle } from '../../src/index.js';
import { canonical, parseTurtle } from '../helpers/isomorphic.js';

const DIR = 'test/fixtures/golden';
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.md'));

describe('Golden fixtures', () => {
  it.each(fixtures)('should map %s to the graph in its .ttl twin', async (name) => {
    const graph = buildGraph(readFileSync(`${DIR}/${name}`, 'utf8'), { file: name });
    const expectedPath = `${DIR}/${name.replace(/\.md$/, '.ttl')}`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, await quadsToTurtle(graph.quads));
    const expected = parseTurtle(readFileSync(expectedPath, 'utf8'));
    expect(await canonical(graph.quads)).toBe(await canonical(expected));
  });
});
