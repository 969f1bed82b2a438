// A survey link → the IRI deai-kg writes for it: characters an IRI forbids are percent-encoded where the URL standard
// allows it (path, query, fragment), or the link is refused with the reason.
//
// `new URL()` accepts links that are not IRIs: it keeps `|`, `^`, `[`, `]` and a second `#`, and reads a backslash as
// a slash. Written raw between < and >, such a link ends its IRI early and the rest becomes triples (issue 15).
import { IRI_CHARS, isIri } from '../vocab/is-iri.js';

export type LinkToIri = { readonly iri: string } | { readonly problem: string; readonly expected: string; readonly offset: number };

/** Ends of a link a URL parser trims (C0 controls and space), as WHATWG URL does. */
const TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** `url` is an http(s) link that `new URL()` accepts. */
export function linkToIri(url: string): LinkToIri {
  const lead = url.length - url.replace(/^[\u0000-\u0020]+/, '').length;
  const link = url.replace(TRIMMED, '');
  // A URL parser drops tabs and line breaks and reads "\" as "/"; an IRI keeps them (or forbids them): the same
  // text would name two different resources, so the author must say which.
  const ambiguous = link.search(/[\t\n\r\\]/);
  if (ambiguous >= 0) {
    const backslash = link[ambiguous] === '\\';
    return {
      problem: backslash ? 'a backslash, which browsers read as "/" and IRIs forbid' : 'a tab or line break, which browsers drop and IRIs forbid',
      expected: backslash ? 'a link with "/" (or "%5C" for a backslash that is meant)' : 'a link on one line, without tabs',
      offset: lead + ambiguous,
    };
  }
  const scheme = link.indexOf(':') + 1;
  const hasAuthority = link.startsWith('//', scheme);
  const authorityEnd = hasAuthority ? endOfAuthority(link, scheme + 2) : scheme;
  const authority = link.slice(scheme + 2, authorityEnd);
  if (hasAuthority && !IRI_CHARS.authority.test(authority)) {
    return { problem: `a host part ("${authority}") that an IRI cannot hold`, expected: 'a host name, an optional user name and port', offset: lead + scheme + 2 };
  }
  const lone = link.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  if (lone >= 0) return { problem: 'half of a UTF-16 surrogate pair, which is no character', expected: 'a link of Unicode characters', offset: lead + lone };
  const iri = link.slice(0, authorityEnd) + encodeRest(link.slice(authorityEnd));
  if (!isIri(iri)) return { problem: 'a link that is not an IRI even with its forbidden characters percent-encoded', expected: 'a link as RFC 3987 describes it', offset: lead };
  return { iri };
}

function endOfAuthority(link: string, from: number): number {
  const end = link.slice(from).search(/[/?#]/);
  return end < 0 ? link.length : from + end;
}

/**
 * Percent-encodes (as UTF-8) every character that the part it is in does not allow: path, then query after the first
 * "?", then fragment after the first "#". A "%" that does not start an escape is itself encoded ("%25").
 */
function encodeRest(rest: string): string {
  let part: keyof typeof IRI_CHARS = 'path';
  let out = '';
  for (let i = 0; i < rest.length; ) {
    const ch = String.fromCodePoint(rest.codePointAt(i) as number);
    i += ch.length;
    if (ch === '?' && part === 'path') part = 'query';
    else if (ch === '#' && part !== 'fragment') {
      part = 'fragment';
      out += ch;
      continue;
    }
    if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(rest.slice(i, i + 2))) out += ch;
    else out += IRI_CHARS[part].test(ch) ? ch : encodeURIComponent(ch);
  }
  return out;
}
