// HTTP content negotiation (RFC 9110 §12.5.1): an Accept header and the offered media types → the one to send.

interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

/** Parses an Accept header; a missing or empty one accepts anything. Malformed ranges are ignored. */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (header === undefined || header.trim() === '') return [{ type: '*', subtype: '*', q: 1 }];
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range, ...params] = part.split(';').map((s) => s.trim());
    const match = /^([\w.+!#$&^-]+|\*)\/([\w.+!#$&^-]+|\*)$/.exec((range ?? '').toLowerCase());
    if (!match) continue;
    let q = 1;
    for (const param of params) {
      const qv = /^q\s*=\s*([01](?:\.\d{0,3})?)$/i.exec(param);
      if (qv) q = Math.min(1, Number(qv[1]));
    }
    ranges.push({ type: match[1] as string, subtype: match[2] as string, q });
  }
  return ranges;
}

/** The quality a client gives a media type: that of the most specific range matching it (0 when none does). */
function quality(ranges: readonly MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.toLowerCase().split('/');
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
    if (specificity > best) {
      best = specificity;
      q = r.q;
    }
  }
  return q;
}

/**
 * The offered type the client prefers most; on a tie, the earlier in `offered` (the server's preference).
 * Undefined when the client accepts none of them (→ 406 Not Acceptable).
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | undefined {
  const ranges = parseAccept(accept);
  let chosen: string | undefined;
  let chosenQ = 0;
  for (const mediaType of offered) {
    const q = quality(ranges, mediaType);
    if (q > chosenQ) {
      chosen = mediaType;
      chosenQ = q;
    }
  }
  return chosen;
}
