// deai-kg writes N-Triples a line at a time (src/export/ntriples-line.ts); it must be byte for byte what the N3.js
// Writer writes in canonical N-Triples mode, on the survey and on literals that need every kind of escape.
import { readFileSync } from 'node:fs';
import { DataFactory, Parser, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { NTriplesLines } from '../../src/export/ntriples-line.js';
import { buildGraph } from '../../src/node/build-from-file.js';

const { namedNode, literal, quad, blankNode } = DataFactory;
const n3 = (quads: Parameters<Writer['quadsToString']>[0]): string => new Writer({ format: 'N-Triples' }).quadsToString(quads);
const ours = (quads: Parameters<Writer['quadsToString']>[0]): string => {
  const lines = new NTriplesLines();
  return quads.map((q) => lines.line(q)).join('');
};

describe('NTriplesLines', () => {
  it('writes the bundled survey exactly as the N3.js Writer does', () => {
    const quads = [...buildGraph(readFileSync('data/sok-deai-README.md', 'utf8')).quads];
    expect(quads.length).toBeGreaterThan(7000);
    expect(ours(quads)).toBe(n3(quads));
  });

  it('escapes literals as canonical N-Triples: short escapes, upper-case \\u for other controls, DEL and U+FFFE', () => {
    const s = namedNode('https://example.org/s');
    const p = namedNode('https://example.org/p');
    const quads = [
      quad(s, p, literal('quote " backslash \\ tab \t newline \n return \r backspace \b formfeed \f')),
      quad(s, p, literal('nul \u0000 unit separator \u001f delete \u007f nonchar \ufffe \uffff', 'en')),
      quad(s, p, literal('emoji 🙂 and é stay as they are', namedNode('https://example.org/dt'))),
      quad(s, p, literal('42', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
      quad(blankNode('b0'), p, namedNode('https://example.org/o'), namedNode('https://example.org/g')),
    ];
    const text = ours(quads);
    expect(text).toBe(n3(quads));
    expect(text.split('\n')[0]).toBe('<https://example.org/s> <https://example.org/p> "quote \\" backslash \\\\ tab \\t newline \\n return \\r backspace \\b formfeed \\f" .');
    expect(text.split('\n')[1]).toBe('<https://example.org/s> <https://example.org/p> "nul \\u0000 unit separator \\u001F delete \\u007F nonchar \\uFFFE \\uFFFF"@en .');
    expect(text.split('\n')[4]).toBe('_:b0 <https://example.org/p> <https://example.org/o> <https://example.org/g> .');
    // And it reads back as the same quads.
    expect(new Parser({ format: 'N-Quads' }).parse(text).map((q) => q.object.value)).toEqual(quads.map((q) => q.object.value));
  });
});
