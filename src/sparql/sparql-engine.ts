// The one small interface every SPARQL engine sits behind, and its result types (W3C JSON shapes).
import type { Quad } from '@rdfjs/types';
import { sourceExcerpt } from '../errors.js';

/** An RDF term as in SPARQL 1.1 Query Results JSON. */
export interface ResultTerm {
  readonly type: 'uri' | 'literal' | 'bnode' | 'triple';
  readonly value: string;
  readonly 'xml:lang'?: string;
  readonly datatype?: string;
}

export type Bindings = Readonly<Record<string, ResultTerm>>;

export type QueryResult =
  | { readonly type: 'bindings'; readonly variables: readonly string[]; readonly rows: readonly Bindings[] }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'quads'; readonly quads: readonly Quad[] };

/** The W3C formats of SELECT and ASK results, which engines write themselves. */
export const RESULTS_MEDIA_TYPES = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
} as const;

export type ResultsMediaType = (typeof RESULTS_MEDIA_TYPES)[keyof typeof RESULTS_MEDIA_TYPES];

export interface SparqlEngine {
  readonly name: string;
  /** Runs a SPARQL 1.1 query; throws QuerySyntaxError for a malformed query. Updates are refused. */
  query(sparql: string): Promise<QueryResult>;
  /** Runs a SELECT or ASK query and returns its results as the engine writes them in a W3C format. */
  queryAs(sparql: string, mediaType: ResultsMediaType): Promise<string>;
}

/** What is wrong with a query and where: a place in the text the user wrote (never in prefixes added for them). */
export interface QueryProblem {
  /** Stable code, e.g. `sparql/syntax`, `sparql/unknown-prefix`, `sparql/update-refused`. Tests check this. */
  readonly code: string;
  /** What is wrong, as found ("unknown prefix \`dea:\`"). */
  readonly what: string;
  /** What was expected, or the fix ("PREFIX dea: <…> before the query"). */
  readonly expected?: string;
  /** 1-based line and column (in code points) of the fault. */
  readonly line: number;
  readonly column: number;
  /** The offending line with a caret under the fault (see sourceExcerpt). */
  readonly excerpt: string;
}

/** A query the engine will not run (malformed, or an update), with the place of the fault in the user's text. */
// The interface gives the class the problem's fields, which the constructor assigns whole.
export interface QuerySyntaxError extends QueryProblem {}
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(problem: QueryProblem) {
    const expected = problem.expected ? ` Expected ${problem.expected}${/[.!?)]$/.test(problem.expected) ? '' : '.'}` : '';
    super(`Line ${problem.line}, column ${problem.column}: ${problem.what}.${expected}\n${problem.excerpt}`);
    Object.assign(this, problem);
  }
}

/** A QuerySyntaxError at a place in `sparql`, its line quoted (for engines that report only a message and a place). */
export function querySyntaxError(sparql: string, what: string, line = 1, column = 1, code = 'sparql/syntax'): QuerySyntaxError {
  return new QuerySyntaxError({ code, what, line, column, excerpt: sourceExcerpt(sparql, line, column) });
}
