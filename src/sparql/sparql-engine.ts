// The one small interface every SPARQL engine sits behind, and its result types (W3C JSON shapes).
import type { Quad } from '@rdfjs/types';

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

export interface SparqlEngine {
  readonly name: string;
  /** Runs a SPARQL 1.1 query; throws QuerySyntaxError for a malformed query. Updates are refused. */
  query(sparql: string): Promise<QueryResult>;
}

/** A malformed query, with the place the engine reports (1-based). */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}
