// SPARQL text → tokens with their offsets: enough of the SPARQL 1.1 grammar's terminals to find prefixes, IRIs and
// the place of an error. Never throws: text it cannot read becomes an `invalid` or `unclosed-string` token.

export type TokenType =
  | 'iri' // <http://…>
  | 'pname' // deai:Project, deai:, :local
  | 'var' // ?x, $x
  | 'bnode' // _:b1
  | 'string' // "…", '…', """…""", '''…'''
  | 'unclosed-string' // a string whose closing quote is missing
  | 'langtag' // @en
  | 'number'
  | 'word' // keywords, function names, true/false, a
  | 'punct'
  | 'invalid';

export interface Token {
  readonly type: TokenType;
  readonly text: string;
  /** UTF-16 offset of the first character in the query text. */
  readonly offset: number;
}

const PN_CHARS_BASE = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\uD800-\\uDFFF';
const PN_CHARS = `${PN_CHARS_BASE}_0-9\\-\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const PREFIX = `[${PN_CHARS_BASE}](?:[${PN_CHARS}.]*[${PN_CHARS}])?`;
const LOCAL_CHAR = `[${PN_CHARS}:]|%[0-9A-Fa-f]{2}|\\\\[_~.\\-!$&'()*+,;=/?#@%]`;
const LOCAL = `(?:[${PN_CHARS_BASE}_:0-9]|%[0-9A-Fa-f]{2}|\\\\[_~.\\-!$&'()*+,;=/?#@%])(?:(?:${LOCAL_CHAR}|\\.)*(?:${LOCAL_CHAR}))?`;

/** Each rule is tried at the current offset (sticky), in this order; the first match wins. */
const RULES: ReadonlyArray<readonly [TokenType | 'skip', RegExp]> = [
  ['skip', /\s+|#[^\n\r]*/y],
  ['iri', /<[^<>"{}|^`\\\u0000-\u0020]*>/y],
  ['string', /"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""|'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'/y],
  ['unclosed-string', /"""[\s\S]*|'''[\s\S]*|"[^\n\r]*|'[^\n\r]*/y],
  ['var', new RegExp(`[?$][${PN_CHARS_BASE}_0-9][${PN_CHARS_BASE}_0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`, 'y')],
  ['bnode', new RegExp(`_:[${PN_CHARS_BASE}_0-9](?:[${PN_CHARS}.]*[${PN_CHARS}])?`, 'y')],
  ['pname', new RegExp(`(?:${PREFIX})?:(?:${LOCAL})?`, 'y')],
  ['langtag', /@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*/y],
  ['number', /(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/y],
  ['word', /[A-Za-z_][A-Za-z0-9_]*/y],
  ['punct', /\^\^|&&|\|\||!=|<=|>=|<<|>>|\{\||\|\}|[{}()[\].,;*/|^?+\-!=<>]/y],
];

export function sparqlTokens(sparql: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  outer: while (offset < sparql.length) {
    for (const [type, rule] of RULES) {
      rule.lastIndex = offset;
      const match = rule.exec(sparql);
      if (!match || match[0] === '') continue;
      if (type !== 'skip') tokens.push({ type, text: match[0], offset });
      offset += match[0].length;
      continue outer;
    }
    const char = String.fromCodePoint(sparql.codePointAt(offset) as number);
    tokens.push({ type: 'invalid', text: char, offset });
    offset += char.length;
  }
  return tokens;
}

/** The prefix of a prefixed name: "deai" for deai:Project, "" for :local. */
export function prefixOf(token: Token): string {
  return token.text.slice(0, token.text.indexOf(':'));
}

/** The prefixes a query declares itself (PREFIX name: <iri>), in order. */
export function declaredPrefixes(tokens: readonly Token[]): Map<string, string> {
  const declared = new Map<string, string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [keyword, name, iri] = [tokens[i], tokens[i + 1], tokens[i + 2]] as [Token, Token, Token];
    if (keyword.type === 'word' && keyword.text.toUpperCase() === 'PREFIX' && name.type === 'pname' && name.text.endsWith(':') && iri.type === 'iri') {
      declared.set(prefixOf(name), iri.text.slice(1, -1));
    }
  }
  return declared;
}

/** The 1-based line and column (in code points) of a UTF-16 offset. */
export function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/** The UTF-16 offset of a 1-based line and column (columns in code points); clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    if (next < 0) return text.length;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  for (let c = 1; c < column && offset < text.length && !/[\r\n]/.test(text[offset] as string); c++) offset += (text.codePointAt(offset) as number) > 0xffff ? 2 : 1;
  return offset;
}
