// A "Security Assumption" cell → the mechanisms it names, each marked stated or uncertain ("?").
import { withoutMarkers } from '../parse/footnote-markers.js';

export interface AssumptionPart {
  /** The mechanism as written, without "?" markers: "Proof of Authority". */
  readonly text: string;
  /** Candidate spellings to look up, best first (e.g. "Reputation mechanism" for "Reputation" in "Reputation & Dispute mechanism"). */
  readonly candidates: readonly string[];
  /** Written with "?" or "(?)": the survey is not sure. */
  readonly uncertain: boolean;
  /** The part as written, footnote markers included ("FHE[^3]"): the markers explain this mechanism. */
  readonly source: string;
}

const SEPARATORS = /\s*(?:,|;|\+|&|\band\b|\s\/\s)\s*/;
const UNKNOWN = /^[\s?]*$/;

/**
 * "Staking, Proof of Authority(?)" → Staking (stated), Proof of Authority (uncertain).
 * "Reputation & Dispute mechanism" → Reputation (or "Reputation mechanism"), Dispute mechanism.
 * "Proof-of-Replication/Spacetime" → Proof-of-Replication, Proof-of-Spacetime.
 * "?" alone → no parts: unknown, kept only as raw text by the caller.
 */
export function splitAssumptions(cell: string): AssumptionPart[] {
  if (UNKNOWN.test(withoutMarkers(cell))) return [];
  // "ZKP + FHE[^3] + MPC": a footnote marker is not part of a mechanism's name, but it stays with the part it follows.
  const pieces = cell
    .split(SEPARATORS)
    .flatMap((source) => {
      const parts = splitSlash(withoutMarkers(source));
      return parts.map((piece, i) => ({ piece: piece.trim(), source: i === parts.length - 1 ? source.trim() : piece.trim() }));
    })
    .filter(({ piece }) => !UNKNOWN.test(piece));
  const lastWordOfLast = /(\S+)$/.exec(stripUncertain(pieces.at(-1)?.piece ?? ''))?.[1];
  return pieces.map(({ piece, source }, i) => {
    const text = stripUncertain(piece);
    const candidates = [text];
    // "Reputation & Dispute mechanism": the shared head noun completes the earlier parts.
    if (i < pieces.length - 1 && lastWordOfLast && !text.includes(' ')) candidates.push(`${text} ${lastWordOfLast}`);
    return { text, candidates, uncertain: /\?/.test(piece), source };
  });
}

/** "Proof-of-Replication/Spacetime" → ["Proof-of-Replication", "Proof-of-Spacetime"]. */
function splitSlash(piece: string): string[] {
  // Only between word-like parts: "Proof-of-Replication/Spacetime", never inside markup or URLs.
  if (!/^[\p{L}\p{N}\s()-]+(\/[\p{L}\p{N}\s()-]+)+$/u.test(piece)) return [piece];
  const [first, ...rest] = piece.split('/');
  if (!first || rest.length === 0 || rest.some((r) => r.trim() === '')) return [piece];
  const prefix = /^(.*[-\s])[^-\s]+$/.exec(first.trim())?.[1] ?? '';
  return [first, ...rest.map((r) => (r.trim().includes(' ') || r.trim().includes('-') ? r : prefix + r.trim()))];
}

function stripUncertain(text: string): string {
  return text.replace(/\(\s*\?\s*\)/g, '').replace(/\?/g, '').trim();
}
