// Compare two engines' answers to one query: same variables, same multiset of rows. GROUP_CONCAT
// cells may list their parts in any order (SPARQL leaves it open), so they are compared as sorted parts.
import type { QueryResult, ResultTerm } from '../src/sparql/sparql-engine.js';

export interface Comparison {
  readonly same: boolean;
  /** Not the same, but the same once GROUP_CONCAT cells' language tags are ignored (see docs/sparql-engines.md). */
  readonly sameButGroupConcatLanguage: boolean;
  /** Also in the same row order (only meaningful where ORDER BY is total). */
  readonly sameOrder: boolean;
  readonly rows: readonly [number, number];
  /** Human-readable differences, at most a few. */
  readonly differences: readonly string[];
}

/** Variables bound to GROUP_CONCAT(…) in the query text. */
export function groupConcatVariables(sparql: string): Set<string> {
  const vars = new Set<string>();
  for (const m of sparql.matchAll(/GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*\)\s+AS\s+\?(\w+)/gi)) vars.add(m[1] as string);
  return vars;
}

function termKey(term: ResultTerm | undefined, concat: boolean, ignoreConcatLanguage: boolean): string {
  if (!term) return 'UNBOUND';
  let value = term.value;
  if (concat) value = value.split(', ').sort().join(', ');
  // Blank node labels are local to a result: compare only that it is a blank node.
  if (term.type === 'bnode') value = '_';
  const lang = concat && ignoreConcatLanguage ? '' : (term['xml:lang'] ?? '');
  return `${term.type}|${value}|${lang}|${term.datatype ?? ''}`;
}

export function compareResults(sparql: string, a: QueryResult, b: QueryResult): Comparison {
  const strict = compareWith(sparql, a, b, false);
  if (strict.same) return { ...strict, sameButGroupConcatLanguage: false };
  const lenient = compareWith(sparql, a, b, true);
  return { ...strict, sameButGroupConcatLanguage: lenient.same };
}

function compareWith(sparql: string, a: QueryResult, b: QueryResult, ignoreConcatLanguage: boolean): Omit<Comparison, 'sameButGroupConcatLanguage'> {
  if (a.type !== b.type) return { same: false, sameOrder: false, rows: [0, 0], differences: [`result types differ: ${a.type} vs ${b.type}`] };
  if (a.type === 'boolean' && b.type === 'boolean') {
    const same = a.value === b.value;
    return { same, sameOrder: same, rows: [1, 1], differences: same ? [] : [`${a.value} vs ${b.value}`] };
  }
  if (a.type !== 'bindings' || b.type !== 'bindings') return { same: false, sameOrder: false, rows: [0, 0], differences: ['only SELECT results are compared'] };
  const differences: string[] = [];
  const varsA = [...a.variables];
  const varsB = [...b.variables];
  if (varsA.join(',') !== varsB.join(',')) differences.push(`variables differ: (${varsA.join(' ')}) vs (${varsB.join(' ')})`);
  const concat = groupConcatVariables(sparql);
  const vars = [...new Set([...varsA, ...varsB])];
  const rowKey = (row: Readonly<Record<string, ResultTerm>>): string => vars.map((v) => `${v}=${termKey(row[v], concat.has(v), ignoreConcatLanguage)}`).join('  ');
  const keysA = a.rows.map(rowKey);
  const keysB = b.rows.map(rowKey);
  const count = (keys: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const countA = count(keysA);
  const countB = count(keysB);
  for (const [k, n] of countA) {
    const m = countB.get(k) ?? 0;
    if (n > m && differences.length < 6) differences.push(`only in first (${n - m}×): ${k}`);
  }
  for (const [k, n] of countB) {
    const m = countA.get(k) ?? 0;
    if (n > m && differences.length < 6) differences.push(`only in second (${n - m}×): ${k}`);
  }
  const same = differences.length === 0 && keysA.length === keysB.length;
  const sameOrder = same && keysA.every((k, i) => k === keysB[i]);
  return { same, sameOrder, rows: [a.rows.length, b.rows.length], differences };
}
