// RFC 3987 absolute IRIs: the grammar every IRI deai-kg writes must match, and the writers' last line of defence.
//
// Why a grammar check at all: an IRI is written between < and > in Turtle, N-Triples, N-Quads and TriG, and
// N3.js's Writer escapes nothing inside them, so a link holding `>` ends the IRI and the rest of the link is read as
// more triples (issue 15). The parser percent-encodes or rejects such links (src/parse/link-to-iri.ts); every writer
// still refuses an IRI that is not valid, so no other path (a --base, a CONSTRUCT result) can inject one.
import type { Quad, Term } from '@rdfjs/types';

// RFC 3987 §2.2, as character classes (JavaScript `u` regular expressions), without the bidirectional formatting
// characters that §4.1 says IRIs must not contain (U+200E, U+200F, U+202A–U+202E; and the isolates U+2066–U+2069).
const UCSCHAR =
  '\\u{A0}-\\u{200D}\\u{2010}-\\u{2029}\\u{202F}-\\u{2065}\\u{206A}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}' +
  '\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}' +
  '\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}';
const IPRIVATE = '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const IUNRESERVED = `A-Za-z0-9\\-._~${UCSCHAR}`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
/** One ipchar: iunreserved, pct-encoded, sub-delims, ":" or "@". */
const IPCHAR = `(?:[${IUNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const IQUERY = `(?:${IPCHAR}|[${IPRIVATE}/?])*`;
const IFRAGMENT = `(?:${IPCHAR}|[/?])*`;
const IUSERINFO = `(?:[${IUNRESERVED}${SUB_DELIMS}:]|${PCT})*`;
// IP-literal, loosely (hex, colons, dots, an IPvFuture's characters): RFC 3986's IPv6 grammar adds nothing that could
// break a serialisation, and WHATWG URL has already parsed every link's host.
const IP_LITERAL = `\\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~${SUB_DELIMS}:]+)\\]`;
const IREG_NAME = `(?:[${IUNRESERVED}${SUB_DELIMS}]|${PCT})*`;
const IAUTHORITY = `(?:${IUSERINFO}@)?(?:${IP_LITERAL}|${IREG_NAME})(?::[0-9]*)?`;
const IPATH = `(?:${IPCHAR}|/)*`;
const SCHEME = '[A-Za-z][A-Za-z0-9+\\-.]*';
// ihier-part is "//" iauthority ipath-abempty, or a path without authority (which may not begin with "//"): both
// are covered by IPATH after the scheme, once an authority, if present, is matched first.
const IRI = new RegExp(`^${SCHEME}:(?://${IAUTHORITY}(?:/${IPATH})?|(?!//)${IPATH})(?:\\?${IQUERY})?(?:#${IFRAGMENT})?$`, 'u');

/** The characters of an ipchar, a query's or a fragment's, for encoders that keep what an IRI allows. */
export const IRI_CHARS = {
  path: new RegExp(`[${IUNRESERVED}${SUB_DELIMS}:@/]`, 'u'),
  query: new RegExp(`[${IUNRESERVED}${SUB_DELIMS}:@/?${IPRIVATE}]`, 'u'),
  fragment: new RegExp(`[${IUNRESERVED}${SUB_DELIMS}:@/?]`, 'u'),
  authority: new RegExp(`^${IAUTHORITY}$`, 'u'),
} as const;

/** Whether `value` is an absolute IRI (RFC 3987 `IRI`: a scheme, and nothing an IRI forbids). */
export function isIri(value: string): boolean {
  return IRI.test(value);
}

/** A writer was handed something that is not an IRI where an IRI belongs; it wrote nothing of it. */
export class InvalidIriError extends Error {
  override readonly name = 'InvalidIriError';
  constructor(readonly value: string) {
    super(`Refusing to write "${shorten(value)}" as an IRI: it is not a valid RFC 3987 IRI${firstBadCharacter(value)}. Nothing was written`);
  }
}

/** Throws InvalidIriError unless `value` is an IRI. */
export function assertIri(value: string): string {
  if (!IRI.test(value)) throw new InvalidIriError(value);
  return value;
}

function shorten(value: string): string {
  const visible = value.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 100 ? `${visible.slice(0, 97)}…` : visible;
}

function firstBadCharacter(value: string): string {
  const at = value.search(/[\u0000-\u0020<>"{}|\\^`\u007F-\u009F]/);
  if (at < 0) return '';
  const code = value.charCodeAt(at);
  return ` (${code > 0x20 && code < 0x7f ? `"${value[at]}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`} at character ${at + 1})`;
}

/**
 * A writer's check on the IRIs it is given, remembering the ones it has seen pass: a 100k-project build writes 14M
 * triples whose subjects repeat within a group and whose predicates and classes come from a few dozen IRIs, so the
 * grammar (about 0.25 µs an IRI) runs once per distinct IRI, not once per term.
 */
export class IriGuard {
  private last = '';
  private readonly seen = new Set<string>();
  /** The last list of quads checked: writers that share this guard and get the same group check it once. */
  private lastGroup: readonly Quad[] | undefined;

  /** Returns `value` if it is an IRI; throws InvalidIriError otherwise. */
  check(value: string): string {
    if (value === this.last || this.seen.has(value)) return value;
    assertIri(value);
    // Bounded: a graph's distinct subjects would grow the set without end.
    if (this.seen.size >= 4096) this.seen.clear();
    this.seen.add(value);
    this.last = value;
    return value;
  }

  /** Checks every IRI of a quad (subject, predicate, object, graph, a literal's datatype). */
  quad(q: Quad): Quad {
    this.term(q.subject);
    this.term(q.predicate);
    this.term(q.object);
    this.term(q.graph);
    return q;
  }

  /** Checks a group of quads, once however many writers that share this guard are given the same group. */
  group(quads: readonly Quad[]): void {
    if (quads === this.lastGroup) return;
    for (const q of quads) this.quad(q);
    this.lastGroup = quads;
  }

  term(t: Term): void {
    if (t.termType === 'NamedNode') this.check(t.value);
    else if (t.termType === 'Literal') this.check(t.datatype.value);
  }
}

/** The quads as an array, every IRI in them checked first: a writer that gets them writes all or nothing. */
export function checkedQuads(quads: Iterable<Quad>): Quad[] {
  const guard = new IriGuard();
  const all = Array.isArray(quads) ? (quads as Quad[]) : [...quads];
  for (const q of all) guard.quad(q);
  return all;
}
