// Finds a SERVICE clause in a SPARQL query by its tokens (comments, strings, IRIs and names skipped), so that the
// endpoint refuses federation before a worker runs it: deai-kg serve is not a federation proxy, and Oxigraph's
// WebAssembly build has no HTTP client (a SERVICE query once made the worker exit, issue 15).
import type { SourcePlace } from '../parse/survey-types.js';

/** Characters of a name (prefixed name, keyword, function): what the SPARQL lexer reads as one token with it. */
const NAME = /[\p{L}\p{N}_\-.:%\\\u00B7\u0300-\u036F\u203F-\u2040]/u;
const NAME_START = /[\p{L}_:]/u;
const IRI_CHAR = /[^<>"{}|^`\\\u0000-\u0020]/;

/** The place of the first SERVICE keyword, or undefined when the query has none. */
export function findService(sparql: string): SourcePlace | undefined {
  let i = 0;
  const n = sparql.length;
  while (i < n) {
    const ch = sparql[i] as string;
    if (ch === '#') {
      const end = sparql.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (ch === '"' || ch === "'") {
      i = endOfString(sparql, i);
    } else if (ch === '<') {
      let j = i + 1;
      while (j < n && IRI_CHAR.test(sparql[j] as string)) j++;
      i = sparql[j] === '>' ? j + 1 : i + 1; // not an IRI: the less-than operator
    } else if (ch === '?' || ch === '$' || ch === '@') {
      i++;
      while (i < n && /[\p{L}\p{N}_\-]/u.test(sparql[i] as string)) i++;
    } else if (/[0-9]/.test(ch)) {
      i++;
      while (i < n && /[0-9]/.test(sparql[i] as string)) i++;
      if (sparql[i] === '.' && /[0-9]/.test(sparql[i + 1] ?? '')) i++;
    } else if (NAME_START.test(ch)) {
      const start = i;
      while (i < n && NAME.test(sparql[i] as string)) i++;
      // A name cannot end in "." (that dot ends a triple).
      let end = i;
      while (end > start && sparql[end - 1] === '.') end--;
      if (end - start === 7 && sparql.slice(start, end).toUpperCase() === 'SERVICE') return placeOf(sparql, start);
      i = end;
    } else {
      i++;
    }
  }
  return undefined;
}

/** The index after a string literal that starts at `start` (short or long form, with backslash escapes). */
function endOfString(text: string, start: number): number {
  const quote = text[start] as string;
  const long = text.startsWith(quote.repeat(3), start);
  const close = long ? quote.repeat(3) : quote;
  let i = start + close.length;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text.startsWith(close, i)) return i + close.length;
    else if (!long && text[i] === '\n') return i;
    else i++;
  }
  return text.length;
}

function placeOf(text: string, offset: number): SourcePlace {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
