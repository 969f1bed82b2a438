// The grammar's terminal names (as sparqljs lists what it expected) → words a person reads, and "did you mean".

export const QUERY_FORMS = 'SELECT, ASK, CONSTRUCT or DESCRIBE';

/** Terminals that stand for an RDF term or a variable. */
const TERMS = new Set([
  'IRIREF', 'PNAME_LN', 'PNAME_NS', 'VAR', 'NIL', 'ANON', 'BLANK_NODE_LABEL', '[', '<<', 'BOOLEAN',
  'STRING_LITERAL1', 'STRING_LITERAL2', 'STRING_LITERAL_LONG1', 'STRING_LITERAL_LONG2',
  'INTEGER', 'DECIMAL', 'DOUBLE', 'INTEGER_POSITIVE', 'DECIMAL_POSITIVE', 'DOUBLE_POSITIVE', 'INTEGER_NEGATIVE', 'DECIMAL_NEGATIVE', 'DOUBLE_NEGATIVE',
]);

/** A few terminals by themselves. */
const WORDS: Readonly<Record<string, string>> = {
  EOF: 'the end of the query', INTEGER: 'a whole number', VAR: 'a variable', IRIREF: 'an IRI', PNAME_NS: 'a prefix name such as foo:',
};

/** Punctuation worth naming when many things could come: what closes or separates, most telling first. */
const PUNCTUATION = ['}', ')', ']', '.', ';', ','];

/** Binary operators (the unary +, - and ! also start an expression): when any may come, "an operator" says it. */
const OPERATORS = new Set(['||', '&&', '=', '!=', '<', '>', '<=', '>=', '/', 'IN']);

const CLOSERS: Readonly<Record<string, string>> = { '{': '}', '(': ')', '[': ']' };

/** The keywords a person is likeliest to have meant, when the grammar allows many. */
const LIKELY_KEYWORDS = ['WHERE', 'BY', 'AS', 'FILTER', 'OPTIONAL', 'UNION', 'GROUP', 'ORDER', 'LIMIT', 'OFFSET', 'VALUES', 'HAVING', 'ASC', 'DESC'];

/**
 * "`)` or BY"; "`}`, `.` or a variable, IRI or literal"; "an expression". `open` is the innermost bracket still open
 * where the fault is: of the closing brackets the grammar allows, only its partner can close anything there.
 */
export function describeExpected(expected: readonly string[], open?: string): string {
  const names = [...new Set(expected)];
  if (names.length <= 4 && names.every((n) => !TERMS.has(n) || n in WORDS)) return orList(names.map(word));
  const operators = names.some((n) => OPERATORS.has(n));
  const parts: string[] = [];
  for (const p of PUNCTUATION) {
    const wrongCloser = Object.values(CLOSERS).includes(p) && open !== undefined && CLOSERS[open] !== p;
    if (names.includes(p) && !wrongCloser && !(operators && (p === ';' || p === ','))) parts.push(`\`${p}\``);
  }
  if (operators) parts.push('an operator');
  else if (names.some((n) => n.startsWith('FUNC_'))) parts.push('an expression');
  else if (names.some((n) => TERMS.has(n))) parts.push('a variable, IRI or literal');
  const keywords = LIKELY_KEYWORDS.filter((k) => names.includes(k));
  if (keywords.length > 3) parts.push(`a keyword such as ${orList(keywords.slice(0, 3))}`);
  else parts.push(...keywords);
  if (names.includes('EOF') && parts.length < 3) parts.push('the end of the query');
  // Alone, "a variable, IRI or literal" reads well; in a list its own "or" would blur the list's.
  const listed = parts.length > 1 ? parts.map((p) => (p === 'a variable, IRI or literal' ? 'a term (variable, IRI or literal)' : p)) : parts;
  return listed.length > 0 ? orList(listed.slice(0, 5)) : orList(names.slice(0, 5).map(word));
}

function word(name: string): string {
  return WORDS[name] ?? (/^[A-Z_]+$/.test(name) && !name.includes('_') ? name : `\`${name}\``);
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The candidate closest to `word` (case-insensitive), if it is a plausible typo: at most 2 edits, and fewer than half. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of new Set(candidates)) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance > 0 && bestDistance <= 2 && bestDistance * 2 < Math.max(word.length, 2) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
