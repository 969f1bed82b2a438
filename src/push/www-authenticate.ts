// WWW-Authenticate (RFC 9110 §11.6.1) → its challenges: `Digest realm="x", nonce="y", Basic realm="z"` → two.

export interface Challenge {
  /** Lower case: `digest`, `basic`, … */
  readonly scheme: string;
  /** Parameter names in lower case; quoted values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;

/**
 * Several challenges may share one header (or arrive as several headers that fetch joins with ", "), so a comma
 * separates both parameters and challenges: a token followed by `=` is a parameter, any other token starts a challenge.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  let at = 0;
  const skip = (chars: RegExp): void => {
    while (at < header.length && chars.test(header[at] as string)) at++;
  };
  const token = (): string | undefined => {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(header);
    if (!match) return undefined;
    at = TOKEN.lastIndex;
    return match[0];
  };
  while (at < header.length) {
    skip(/[\s,]/);
    const word = token();
    if (word === undefined) {
      at++; // not a token: skip the character
      continue;
    }
    skip(/[ \t]/);
    const current = challenges.at(-1);
    if (header[at] === '=' && header[at + 1] !== '=' && current) {
      at++;
      skip(/[ \t]/);
      current.params[word.toLowerCase()] = header[at] === '"' ? quoted() : (token() ?? '');
      continue;
    }
    if (header[at] === '=' && header[at + 1] !== '=') {
      at++; // a parameter before any scheme: ignore it
      continue;
    }
    challenges.push({ scheme: word.toLowerCase(), params: {} });
  }
  return challenges;

  function quoted(): string {
    let value = '';
    at++; // opening quote
    while (at < header.length && header[at] !== '"') {
      if (header[at] === '\\' && at + 1 < header.length) at++;
      value += header[at];
      at++;
    }
    at++; // closing quote
    return value;
  }
}
