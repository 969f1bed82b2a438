// A project name without the words that projects add to or drop from their names ("Fetch.AI" / "Fetch",
// "Immutable Labs" / "Immutable", "SaharaAI" / "Sahara"): what is left is compared to find probable variants.
import { normaliseLabel } from './normalise-label.js';

/** Words a project name may carry or drop at either end, and domain endings written into names ("FLock.io"). */
export const NAME_AFFIXES: readonly string[] = ['AI', 'Labs', 'Lab', 'Network', 'Protocol', 'Storage', 'DAO', 'Foundation', 'Finance', 'Chain'];
export const NAME_DOMAINS: readonly string[] = ['io', 'ai', 'network', 'xyz', 'net', 'org', 'com', 'app', 'tech', 'fi'];

const WORDS = new Set(NAME_AFFIXES.map((a) => a.toLowerCase()));
const DOMAIN = new RegExp(`^(.*\\S)\\.(${NAME_DOMAINS.join('|')})$`, 'i');

export interface NameCore {
  /** The normalised name without affixes; the whole normalised name when nothing could be stripped. */
  readonly key: string;
  /** What was stripped, as written (".io", "AI", "Labs"). */
  readonly stripped: readonly string[];
}

/**
 * "FLock.io" → flock (".io"); "Immutable Labs" → immutable ("Labs"); "SaharaAI" → sahara ("AI"); "Fetch" → fetch.
 * At least two characters stay: "AI Network" is not a variant of everything.
 */
export function nameCore(name: string): NameCore {
  const stripped: string[] = [];
  let text = name.trim();
  const domain = DOMAIN.exec(text);
  if (domain && normaliseLabel(domain[1] as string).length >= 2) {
    stripped.push(`.${(domain[2] as string)}`);
    text = domain[1] as string;
  }
  // Words, with a trailing capitalised acronym split off a glued name ("SaharaAI" → "Sahara", "AI").
  const tokens = text.split(/[\s\-_.,:;/()]+/).flatMap((w) => w.split(/(?<=\p{Ll})(?=\p{Lu}{2,}$)/u)).filter((w) => w !== '');
  while (tokens.length > 1 && WORDS.has((tokens.at(-1) as string).toLowerCase()) && normaliseLabel(tokens.slice(0, -1).join('')).length >= 2) {
    stripped.unshift(tokens.pop() as string);
  }
  while (tokens.length > 1 && WORDS.has((tokens[0] as string).toLowerCase()) && normaliseLabel(tokens.slice(1).join('')).length >= 2) {
    stripped.unshift(tokens.shift() as string);
  }
  return { key: normaliseLabel(tokens.join(' ')), stripped };
}

