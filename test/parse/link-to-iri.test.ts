// Survey links become IRIs: characters an IRI forbids are percent-encoded where the URL standard allows it, or the
// link is refused (issue 15: a link holding ">" injected triples into every RDF output).
import { describe, expect, it } from 'vitest';
import { linkToIri } from '../../src/parse/link-to-iri.js';
import { isIri } from '../../src/vocab/is-iri.js';

describe('linkToIri', () => {
  it.each([
    ['a plain link, unchanged', 'https://alpha.example/whitepaper.pdf', 'https://alpha.example/whitepaper.pdf'],
    ['a link with a query, a fragment and escapes, unchanged', 'https://a.example/p%20q?x=1&y=2#top', 'https://a.example/p%20q?x=1&y=2#top'],
    ['non-ASCII letters, kept (IRIs allow them)', 'https://ja.example/日本語?q=é#ü', 'https://ja.example/日本語?q=é#ü'],
    ['the issue\'s injection, its angle brackets encoded', 'https://x.example/a>.<https://w3id.org/deai/project/flock>', 'https://x.example/a%3E.%3Chttps://w3id.org/deai/project/flock%3E'],
    ['every other character an IRI forbids in a path', 'https://a.example/"{}|^`[]', 'https://a.example/%22%7B%7D%7C%5E%60%5B%5D'],
    ['a space inside, encoded; spaces at the ends, trimmed', ' https://a.example/a b ', 'https://a.example/a%20b'],
    ['a control character, encoded', 'https://a.example/a\u0001b', 'https://a.example/a%01b'],
    ['a "%" that starts no escape, encoded', 'https://a.example/100%?p=%zz', 'https://a.example/100%25?p=%25zz'],
    ['a second "#", encoded in the fragment', 'https://a.example/#a#b', 'https://a.example/#a%23b'],
    ['"?" and "/" in a query and a fragment, kept', 'https://a.example/?a=/b?c#d/e?f', 'https://a.example/?a=/b?c#d/e?f'],
    ['a C1 control, encoded as UTF-8', 'https://a.example/\u0085', 'https://a.example/%C2%85'],
    ['a right-to-left override (RFC 3987 §4.1), encoded', 'https://a.example/\u202Egnp.exe', 'https://a.example/%E2%80%AEgnp.exe'],
  ])('should write %s', (_title, link, iri) => {
    expect(linkToIri(link)).toEqual({ iri });
    expect(isIri(iri)).toBe(true);
  });

  it.each([
    ['a backslash (browsers read it as "/")', 'https://a.example/a\\b', 20],
    ['a tab (browsers drop it)', 'https://a.example/a\tb', 20],
    ['a line break', 'https://a.example/a\nb', 20],
    ['a host an IRI cannot hold', 'https://a{b}.example/', 9],
    ['a lone surrogate', 'https://a.example/\uD800', 19],
  ])('should refuse %s, at the character', (_title, link, character) => {
    const result = linkToIri(link);
    expect(result).toMatchObject({ offset: character - 1 });
  });
});

describe('isIri', () => {
  it.each([
    ['https://w3id.org/deai/project/alpha', true],
    ['urn:isbn:0451450523', true],
    ['https://[2001:db8::1]:8080/a', true],
    ['https://user:pw@a.example/', true],
    ['https://a.example/a>b', false],
    ['https://a.example/a b', false],
    ['https://a.example/%zz', false],
    ['relative/path', false],
    ['', false],
    ['https://a.example/\u202Eexe', false],
  ])('should say whether %j is an IRI (%s)', (value, expected) => {
    expect(isIri(value)).toBe(expected);
  });
});
