// Content negotiation: q-values, specificity, wildcards and the server's order on ties, from RFC 9110 §12.5.1.
import { describe, expect, it } from 'vitest';
import { negotiate, parseAccept } from '../../src/serve/negotiate.js';

const OFFERED = ['text/html', 'text/turtle', 'application/ld+json'];

describe('Content negotiation', () => {
  it('takes a missing or empty Accept as "anything", and gives the server\'s first choice', () => {
    expect(negotiate(undefined, OFFERED)).toBe('text/html');
    expect(negotiate('', OFFERED)).toBe('text/html');
    expect(parseAccept(undefined)).toEqual([{ type: '*', subtype: '*', q: 1 }]);
  });

  it('picks the type with the highest quality', () => {
    expect(negotiate('text/html;q=0.5, text/turtle', OFFERED)).toBe('text/turtle');
    expect(negotiate('application/ld+json, text/turtle;q=0.9', OFFERED)).toBe('application/ld+json');
  });

  it('uses the most specific range for each type: text/* at 0.1 does not lower an explicit text/turtle', () => {
    expect(negotiate('text/*;q=0.1, text/turtle', OFFERED)).toBe('text/turtle');
    expect(negotiate('text/*, text/html;q=0', OFFERED)).toBe('text/turtle');
  });

  it('keeps the server\'s order among equal qualities (a browser\'s Accept gets HTML)', () => {
    expect(negotiate('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', OFFERED)).toBe('text/html');
    expect(negotiate('text/turtle, application/ld+json', OFFERED)).toBe('text/turtle');
  });

  it('answers undefined when nothing offered is acceptable (→ 406), and never offers a type with q=0', () => {
    expect(negotiate('image/png', OFFERED)).toBeUndefined();
    expect(negotiate('text/html;q=0', ['text/html'])).toBeUndefined();
  });

  it('ignores case, white space, other parameters and malformed ranges', () => {
    expect(negotiate(' Text/Turtle ; charset=utf-8 ; q=0.8 , garbage, application/LD+JSON;q=0.7', OFFERED)).toBe('text/turtle');
  });
});
