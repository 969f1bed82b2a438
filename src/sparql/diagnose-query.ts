// Why a query does not parse, in words, at the token at fault. Runs only after the engine has refused a query:
// Oxigraph's own messages are PEG dumps (Unicode ranges, "expected [_]") at the furthest place its parser reached,
// one character past the fault. Here: a few checks on the tokens (unknown prefix, unclosed string, empty query), then
// sparqljs's LALR parser, which stops at the first token that cannot continue the query and lists what could; the
// engine's message is the last resort. sparqljs is imported here only, so a query that runs never loads it.
import { sourceExcerpt } from '../errors.js';
import { QuerySyntaxError } from './sparql-engine.js';
import { declaredPrefixes, offsetOf, placeOf, prefixOf, sparqlTokens, type Token } from './sparql-tokens.js';
import { describeExpected, nearest, QUERY_FORMS } from './expected-words.js';

/** The engine's refusal, its place already in the user's text. */
export interface EngineFailure {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

interface JisonHash {
  readonly token?: string;
  readonly text?: string;
  readonly expected?: readonly string[];
  readonly loc?: { readonly last_line: number; readonly last_column: number };
}

type Fault = { readonly code?: string; readonly what: string; readonly expected?: string; readonly offset: number; readonly length: number };

/** The QuerySyntaxError to throw for `sparql`, given the prefixes predeclared for it. */
export async function diagnoseQuery(sparql: string, prefixes: Readonly<Record<string, string>>, engine: EngineFailure): Promise<QuerySyntaxError> {
  const tokens = sparqlTokens(sparql);
  const fault = tokenFault(sparql, tokens, prefixes) ?? (await parserFault(sparql, tokens, prefixes)) ?? engineFault(sparql, tokens, engine);
  const { line, column } = placeOf(sparql, fault.offset);
  return new QuerySyntaxError({
    code: fault.code ?? 'sparql/syntax',
    what: fault.what,
    ...(fault.expected ? { expected: fault.expected } : {}),
    line,
    column,
    excerpt: sourceExcerpt(sparql, line, column, fault.length),
  });
}

/** Faults the tokens show on their own: an empty query, a prefix nobody declared, a string left open. */
function tokenFault(sparql: string, tokens: readonly Token[], prefixes: Readonly<Record<string, string>>): Fault | undefined {
  if (tokens.length === 0) return { code: 'sparql/empty', what: 'the query is empty', expected: `${QUERY_FORMS} (after any PREFIX and BASE declarations)`, offset: 0, length: 1 };
  const declared = declaredPrefixes(tokens);
  for (const [i, token] of tokens.entries()) {
    // "<http://a b>" reads as "<", "http:", … : name the IRI before its pieces look like an unknown prefix.
    const iri = token.text === '<' ? /^<[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\n]*>/.exec(sparql.slice(token.offset))?.[0] : undefined;
    if (iri && /\s/.test(iri)) return { what: `the IRI ${iri} contains a space`, expected: 'an IRI without spaces (write a space as %20)', offset: token.offset, length: iri.length };
    if (token.type === 'unclosed-string') {
      const quote = token.text.startsWith('"""') || token.text.startsWith("'''") ? token.text.slice(0, 3) : (token.text[0] as string);
      return { what: `the string ${quote}${[...token.text.slice(quote.length)].slice(0, 12).join('')}… is not closed`, expected: `a closing ${quote}${quote.length === 1 ? ` on the same line (a string over several lines takes ${quote.repeat(3)})` : ''}`, offset: token.offset, length: quote.length };
    }
    if (token.type !== 'pname' || tokens[i - 1]?.text.toUpperCase() === 'PREFIX') continue;
    const prefix = prefixOf(token);
    if (declared.has(prefix) || prefix in prefixes) continue;
    const near = nearest(prefix, [...Object.keys(prefixes), ...declared.keys()]);
    const predeclared = Object.keys(prefixes);
    const known = near ? `did you mean ${near}:?` : predeclared.length > 0 ? `predeclared: ${predeclared.join(', ')}` : '';
    return {
      code: 'sparql/unknown-prefix',
      what: `unknown prefix "${prefix}:"`,
      expected: `a declaration PREFIX ${prefix}: <…> before the query${known ? ` (${known})` : ''}`,
      offset: token.offset,
      length: prefix.length + 1,
    };
  }
  return undefined;
}

/** The fault as sparqljs finds it: the first token its parser cannot take, and what it could have taken. */
async function parserFault(sparql: string, tokens: readonly Token[], prefixes: Readonly<Record<string, string>>): Promise<Fault | undefined> {
  const sparqljs = (await import('sparqljs')) as typeof import('sparqljs') & { default?: typeof import('sparqljs') };
  const Parser = sparqljs.Parser ?? sparqljs.default?.Parser;
  try {
    new Parser({ prefixes: { ...prefixes }, sparqlStar: true }).parse(sparql);
    return undefined; // sparqljs takes it: leave the verdict to the engine
  } catch (error) {
    const hash = (error as { hash?: JisonHash }).hash;
    if (hash?.expected) return grammarFault(sparql, tokens, hash);
    return semanticFault(tokens, (error as Error).message);
  }
}

function grammarFault(sparql: string, tokens: readonly Token[], hash: JisonHash): Fault {
  const expected = (hash.expected ?? []).map((name) => name.replace(/^'|'$/g, ''));
  // Jison's loc is that of the last token it took (1-based lines, 0-based columns); the fault is the next token.
  const after = hash.loc ? offsetOf(sparql, hash.loc.last_line, hash.loc.last_column + 1) : 0;
  const index = tokens.findIndex((t) => t.offset >= after);
  const token = tokens[index];
  if (hash.token === 'EOF' || !token) return endFault(sparql, tokens, expected);
  const next = tokens[index + 1];
  if (token.type === 'word' && expected.includes('SELECT') && !expected.includes('WHERE')) {
    const near = nearest(token.text.toUpperCase(), ['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE', 'PREFIX', 'BASE']);
    return { what: `"${token.text}" is not a query form`, expected: `${QUERY_FORMS}${near ? ` (did you mean ${near}?)` : ''}`, offset: token.offset, length: token.text.length };
  }
  if (expected.includes('PNAME_NS') && tokens[index - 1]?.text.toUpperCase() === 'PREFIX' && token.type === 'word') {
    return { what: `the prefix name "${token.text}" has no colon`, expected: `"${token.text}:" (PREFIX ${token.text}: <…>)`, offset: token.offset, length: token.text.length };
  }
  if (token.type === 'word' && KEYWORDS.has(token.text.toUpperCase()) && !expected.includes(token.text.toUpperCase())) {
    const constructWhere = /^\s*CONSTRUCT\s+WHERE\b/i.test(sparql.slice(tokens.find((t) => /^CONSTRUCT$/i.test(t.text))?.offset ?? sparql.length));
    const hint = constructWhere ? ' (CONSTRUCT WHERE takes triple patterns only: write CONSTRUCT { … } WHERE { … } for more)' : '';
    return { what: `${token.text.toUpperCase()} cannot come here`, expected: `${describeExpected(expected, unclosedBracket(tokens.slice(0, index))?.text)}${hint}`, offset: token.offset, length: token.text.length };
  }
  if (token.type === 'word' && next?.text === '(' && !expected.includes(token.text.toUpperCase())) {
    const near = nearest(token.text.toUpperCase(), FUNCTIONS);
    return { what: `unknown function "${token.text}"`, expected: `a SPARQL function such as STR, REGEX or CONTAINS, or a function IRI${near ? ` (did you mean ${near}?)` : ''}`, offset: token.offset, length: token.text.length };
  }
  if (token.type === 'word' && !expected.includes(token.text.toUpperCase()) && !expected.includes(token.text)) {
    const near = nearest(token.text.toUpperCase(), expected.filter((e) => /^[A-Z]+$/.test(e)));
    if (near) return { what: `unknown keyword "${token.text}"`, expected: `${near} (the nearest keyword that can come here)`, offset: token.offset, length: token.text.length };
  }
  // Jison reads "-1" as one token where the tokens here have "-" and "1": show what Jison saw.
  const found = hash.text && hash.text.length > token.text.length && sparql.startsWith(hash.text, token.offset) ? hash.text : token.text;
  return { what: `unexpected "${found}"`, expected: describeExpected(expected, unclosedBracket(tokens.slice(0, index))?.text), offset: token.offset, length: found.length };
}

/**
 * The query stops before it is complete. At the end the parser's list of what could come is unreliable (its tables
 * merge states), so inside a group the triple in progress says what is missing: a predicate, an object, or, once the
 * triple is whole, the bracket that closes the group.
 */
function endFault(sparql: string, tokens: readonly Token[], expected: readonly string[]): Fault {
  const last = tokens.at(-1);
  const offset = last ? last.offset + last.text.length : sparql.length;
  const open = unclosedBracket(tokens);
  const missing = open?.text === '{' && !opensValues(tokens, open) ? missingInTriple(tokens) : undefined;
  if (missing) return { what: 'the query ends too early', expected: missing, offset, length: 1 };
  if (open && (missing === undefined || expected.includes(CLOSER[open.text] as string))) {
    const { line, column } = placeOf(sparql, open.offset);
    return { what: 'the query ends too early', expected: `\`${CLOSER[open.text]}\` to close the \`${open.text}\` at line ${line}, column ${column}`, offset, length: 1 };
  }
  return { what: 'the query ends too early', expected: describeExpected(expected.filter((e) => e !== 'EOF'), open?.text), offset, length: 1 };
}

/** Whether a `{` opens the data block of VALUES (`VALUES ?x {`, `VALUES (?x ?y) {`), where no triples go. */
function opensValues(tokens: readonly Token[], open: Token): boolean {
  let i = tokens.indexOf(open) - 1;
  while (i >= 0 && (tokens[i]?.type === 'var' || tokens[i]?.text === '(' || tokens[i]?.text === ')')) i--;
  return tokens[i]?.text.toUpperCase() === 'VALUES';
}

const TERM_TYPES = new Set(['iri', 'pname', 'var', 'bnode', 'string', 'number']);

/** What the triple at the end of the tokens lacks ("a predicate …", "an object …"), or '' when it is whole. */
function missingInTriple(tokens: readonly Token[]): string {
  let run = 0;
  let i = tokens.length - 1;
  for (; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (TERM_TYPES.has(token.type) || token.text === 'a' || token.type === 'langtag' || token.text === '^^') run += token.type === 'langtag' || token.text === '^^' || tokens[i + 1]?.text === '^^' ? 0 : 1;
    else break;
  }
  const after = tokens[i]?.text;
  const slots = after === ';' ? ['predicate', 'object'] : after === ',' ? ['object'] : ['subject', 'predicate', 'object'];
  const slot = run === 0 && slots[0] === 'subject' ? undefined : slots[run];
  if (slot === 'predicate') return 'a predicate: a variable, an IRI or a (for rdf:type)';
  if (slot === 'object') return 'an object: a variable, IRI or literal';
  return '';
}

const CLOSER: Readonly<Record<string, string>> = { '{': '}', '(': ')', '[': ']' };

function unclosedBracket(tokens: readonly Token[]): Token | undefined {
  const stack: Token[] = [];
  for (const token of tokens) {
    if (token.text in CLOSER) stack.push(token);
    else if (token.text === '}' || token.text === ')' || token.text === ']') stack.pop();
  }
  return stack.at(-1);
}

/** sparqljs's checks past the grammar ("Projection of ungrouped variable (?y)"): placed at the variable it names. */
function semanticFault(tokens: readonly Token[], message: string): Fault | undefined {
  const variable = /\(([?$]\w+)\)/.exec(message)?.[1];
  const token = variable ? tokens.find((t) => t.type === 'var' && t.text.slice(1) === variable.slice(1)) : undefined;
  if (!token || !variable) return undefined;
  if (/ungrouped/i.test(message)) {
    return { what: `${variable} is selected but neither grouped nor aggregated`, expected: `${variable} in GROUP BY, or an aggregate such as (SAMPLE(${variable}) AS ?any)`, offset: token.offset, length: token.text.length };
  }
  return { what: message.replace(/\.$/, ''), offset: token.offset, length: token.text.length };
}

/** Last resort: the engine's own message without its character classes, one column back from where it points. */
function engineFault(sparql: string, tokens: readonly Token[], engine: EngineFailure): Fault {
  const words = engine.message
    .replace(/^error at \d+:\d+:\s*/, '')
    .replace(/\[[^\]]*'[^\]]*\]|\[_\]/g, '')
    .replace(/(,\s*)+/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/(one of|,)\s*$/, '')
    .trim();
  const place = engine.line !== undefined ? offsetOf(sparql, engine.line, Math.max(1, (engine.column ?? 1) - 1)) : 0;
  const token = [...tokens].reverse().find((t) => t.offset <= place) ?? tokens[0];
  const offset = token && place < token.offset + token.text.length ? token.offset : place;
  return { what: words && words !== 'expected' ? `the engine cannot read the query here (${words})` : 'the engine cannot read the query here', offset, length: token && offset === token.offset ? token.text.length : 1 };
}

/** SPARQL 1.1's keywords that open a clause or pattern (not functions). */
const KEYWORDS = new Set([
  'SELECT', 'CONSTRUCT', 'DESCRIBE', 'ASK', 'WHERE', 'FROM', 'NAMED', 'PREFIX', 'BASE', 'FILTER', 'OPTIONAL', 'BIND', 'VALUES',
  'GRAPH', 'SERVICE', 'MINUS', 'UNION', 'GROUP', 'ORDER', 'BY', 'HAVING', 'LIMIT', 'OFFSET', 'DISTINCT', 'REDUCED', 'AS',
]);

/** SPARQL 1.1's built-in functions, for "did you mean" on an unknown one. */
const FUNCTIONS = [
  'STR', 'LANG', 'LANGMATCHES', 'DATATYPE', 'BOUND', 'IRI', 'URI', 'BNODE', 'RAND', 'ABS', 'CEIL', 'FLOOR', 'ROUND', 'CONCAT',
  'STRLEN', 'UCASE', 'LCASE', 'ENCODE_FOR_URI', 'CONTAINS', 'STRSTARTS', 'STRENDS', 'STRBEFORE', 'STRAFTER', 'YEAR', 'MONTH',
  'DAY', 'HOURS', 'MINUTES', 'SECONDS', 'TIMEZONE', 'TZ', 'NOW', 'UUID', 'STRUUID', 'MD5', 'SHA1', 'SHA256', 'SHA384', 'SHA512',
  'COALESCE', 'IF', 'STRLANG', 'STRDT', 'SAMETERM', 'ISIRI', 'ISURI', 'ISBLANK', 'ISLITERAL', 'ISNUMERIC', 'REGEX', 'SUBSTR',
  'REPLACE', 'COUNT', 'SUM', 'MIN', 'MAX', 'AVG', 'SAMPLE', 'GROUP_CONCAT',
];
