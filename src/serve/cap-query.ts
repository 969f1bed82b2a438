// A SELECT query with a result cap: the query becomes a subquery under `LIMIT cap`, so the engine stops early.

/**
 * `PREFIX …  SELECT ?a (… AS ?b) WHERE {…} ORDER BY …` → `PREFIX …  SELECT ?a ?b WHERE { SELECT … } LIMIT n`.
 * Oxigraph evaluates lazily, so a cross product under a limit stops at n rows instead of filling memory; the inner
 * order is kept. The outer projection names the inner one's variables, in its order (Oxigraph's outer `SELECT *`
 * would sort them). Returns undefined — run the query as written, and cut its rows after — for anything but a SELECT
 * whose projection it can read: `SELECT *` included. A rewrite the engine rejects (a FROM clause, not allowed in a
 * subquery) is the caller's to run as written too.
 */
export function capSelectQuery(sparql: string, limit: number): string | undefined {
  const at = formKeywordAt(sparql);
  if (at === undefined || !/^select\b/i.test(sparql.slice(at))) return undefined;
  const variables = projectedVariables(sparql.slice(at + 'select'.length));
  if (!variables || variables.length === 0) return undefined;
  return `${sparql.slice(0, at)}SELECT ${variables.map((v) => `?${v}`).join(' ')} WHERE {\n${sparql.slice(at)}\n} LIMIT ${limit}`;
}

/** The offset of the first keyword after the prologue (BASE and PREFIX declarations, comments, white space). */
function formKeywordAt(sparql: string): number | undefined {
  const prologue = /^(?:\s+|#[^\n]*(?:\n|$)|BASE\s*<[^<>"{}|^`\\\s]*>|PREFIX\s+[^\s:]*:\s*<[^<>"{}|^`\\\s]*>)*/i;
  const end = prologue.exec(sparql)?.[0].length ?? 0;
  return /^[A-Za-z]/.test(sparql.slice(end)) ? end : undefined;
}

/** The variables a SELECT clause projects, in order: `?x` at the top level and `?y` in `(expression AS ?y)`. */
function projectedVariables(clause: string): string[] | undefined {
  const token = /\s+|#[^\n]*|"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|[?$][\w\u00B7\u00C0-\uFFFF]+|[A-Za-z_][\w-]*|\S/gy;
  const variables: string[] = [];
  let depth = 0;
  let afterAs = false;
  for (let match = token.exec(clause); match; match = token.exec(clause)) {
    const text = match[0];
    if (/^\s|^#/.test(text)) continue;
    const upper = text.toUpperCase();
    if (depth === 0 && (text === '{' || upper === 'WHERE' || upper === 'FROM')) return variables;
    if (depth === 0 && text === '*') return undefined;
    if (text === '(') depth++;
    else if (text === ')') depth--;
    else if (/^[?$]/.test(text) && (depth === 0 || (depth === 1 && afterAs))) variables.push(text.slice(1));
    afterAs = upper === 'AS';
    if (depth < 0) return undefined;
  }
  return undefined;
}
