// A query with the predeclared prefixes it does not declare itself, as WDQS does: a query's own PREFIX wins.
import { declaredPrefixes, sparqlTokens } from './sparql-tokens.js';

export interface PrefixedQuery {
  /** The text for the engine. */
  readonly text: string;
  /** Lines added before the user's text (0 or 1): the engine's line N is the user's line N − lineShift. */
  readonly lineShift: number;
  /** The predeclared prefixes in effect: those the query did not declare itself. */
  readonly prefixes: Readonly<Record<string, string>>;
}

/**
 * All the added declarations go on one line before the query, so an error's line moves by exactly one and its column
 * not at all. A prefix the query declares is left out rather than declared twice.
 */
export function withPrefixes(sparql: string, prefixes: Readonly<Record<string, string>>): PrefixedQuery {
  const own = declaredPrefixes(sparqlTokens(sparql));
  const added = Object.entries(prefixes).filter(([name]) => !own.has(name));
  if (added.length === 0) return { text: sparql, lineShift: 0, prefixes: {} };
  return {
    text: `${added.map(([name, iri]) => `PREFIX ${name}: <${iri}>`).join(' ')}\n${sparql}`,
    lineShift: 1,
    prefixes: Object.fromEntries(added),
  };
}
