// Groups → N-Triples chunks: cut between groups once a chunk holds enough triples, every triple once, UTF-8 bytes.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { groupsWithOntology } from '../../src/push/groups-with-ontology.js';
import { groupsToNTriplesChunks } from '../../src/push/ntriples-chunks.js';

const { namedNode, literal, quad } = DataFactory;
const x = (local: string) => namedNode(`https://x.example/${local}`);
const t = (s: string, p: string, o: string | ReturnType<typeof literal>): Quad => quad(x(s), x(p), typeof o === 'string' ? x(o) : o);

/** Takes every chunk, decoding each before the next is taken (the chunker reuses its buffer). */
async function texts(chunks: AsyncIterable<{ bytes: Uint8Array; triples: number; index: number }>): Promise<[number, number, string][]> {
  const out: [number, number, string][] = [];
  for await (const chunk of chunks) out.push([chunk.index, chunk.triples, Buffer.from(chunk.bytes).toString('utf8')]);
  return out;
}

describe('groupsToNTriplesChunks', () => {
  it('cuts between groups once a chunk holds the asked number of triples, and sends the rest last', async () => {
    const long = 'a'.repeat(1500);
    const groups = [
      [t('a', 'p', 'b'), t('a', 'q', literal('Zürich "q" ✓ 😀\n', 'en'))],
      [t('c', 'p', 'd'), t('c', 'p', 'e'), t('c', 'r', literal(long))],
      [],
      [t('f', 'p', 'g')],
    ];
    expect(await texts(groupsToNTriplesChunks(groups, 3))).toEqual([
      [
        0,
        5,
        '<https://x.example/a> <https://x.example/p> <https://x.example/b> .\n' +
          '<https://x.example/a> <https://x.example/q> "Zürich \\"q\\" ✓ 😀\\n"@en .\n' +
          '<https://x.example/c> <https://x.example/p> <https://x.example/d> .\n' +
          '<https://x.example/c> <https://x.example/p> <https://x.example/e> .\n' +
          `<https://x.example/c> <https://x.example/r> "${long}" .\n`,
      ],
      [1, 1, '<https://x.example/f> <https://x.example/p> <https://x.example/g> .\n'],
    ]);
  });

  it('gives no chunk for no triples', async () => {
    expect(await texts(groupsToNTriplesChunks([[], []], 3))).toEqual([]);
  });
});

describe('groupsWithOntology', () => {
  it('sends the ontology first, then the data without the triples the ontology already has', () => {
    const ontology = [t('Stage', 'label', literal('Stage')), t('Stage', 'type', 'Class')];
    const data = [[t('p1', 'type', 'Project')], [t('Stage', 'type', 'Class'), t('Stage', 'comment', literal('added by the data'))]];
    expect([...groupsWithOntology(ontology, data)]).toEqual([ontology, [t('p1', 'type', 'Project')], [t('Stage', 'comment', literal('added by the data'))]]);
  });
});
