import { describe, expect, it } from 'vitest';
import { nquadsPieces } from '../../src/sparql/nquads-pieces.js';

const text = (pieces: Uint8Array[]): string[] => pieces.map((p) => new TextDecoder().decode(p));
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('nquadsPieces', () => {
  it('should cut at the first line end after each size, keeping every byte', () => {
    const lines = '<a> <b> <c> .\n<d> <e> <f> .\n<g> <h> "i" .\n';
    // 14 bytes a line: a piece ends at the line end at or after byte 10, 24, …
    expect(text(nquadsPieces(bytes(lines), 10))).toEqual(['<a> <b> <c> .\n', '<d> <e> <f> .\n', '<g> <h> "i" .\n']);
    expect(text(nquadsPieces(bytes(lines), 20))).toEqual(['<a> <b> <c> .\n<d> <e> <f> .\n', '<g> <h> "i" .\n']);
    expect(text(nquadsPieces(bytes(lines), 100))).toEqual([lines]);
    expect(text(nquadsPieces(bytes('<a> <b> <c> .'), 5))).toEqual(['<a> <b> <c> .']); // no line end: whole
  });

  it('should never cut a text that may hold a blank node (each load makes its own blank nodes)', () => {
    const withBlank = '<a> <b> <c> .\n_:x <e> <f> .\n<g> <h> _:x .\n';
    expect(text(nquadsPieces(bytes(withBlank), 10))).toEqual([withBlank]);
    const inLiteral = '<a> <b> "see _:x" .\n<d> <e> <f> .\n';
    expect(text(nquadsPieces(bytes(inLiteral), 10))).toEqual([inLiteral]);
    const underscores = '<a_b> <c> <d> .\n<e> <f> "_ :" .\n';
    expect(text(nquadsPieces(bytes(underscores), 10))).toEqual(['<a_b> <c> <d> .\n', '<e> <f> "_ :" .\n']);
  });
});
