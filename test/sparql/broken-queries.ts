// Broken queries with the place of the fault and the words of the message, written by hand (columns counted on the
// query text, 1-based). The same table runs through the library, the CLI and /sparql.

export interface BrokenQuery {
  readonly title: string;
  readonly sparql: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  /** What is wrong, as the message says it. */
  readonly what: string;
  /** A part of what was expected. */
  readonly expected: string;
}

export const BROKEN_QUERIES: readonly BrokenQuery[] = [
  {
    title: 'a prefix nobody declared, next to a predeclared one',
    sparql: 'SELECT ?p WHERE { ?p a dea:Project }',
    line: 1, column: 24, code: 'sparql/unknown-prefix', what: 'unknown prefix "dea:"', expected: 'PREFIX dea: <…> before the query (did you mean deai:?)',
  },
  {
    title: 'an unknown prefix on the third line, after the query\'s own PREFIX',
    sparql: 'PREFIX ex: <http://example.org/>\nSELECT ?x WHERE {\n  ?x ex:p exx:o .\n}',
    line: 3, column: 11, code: 'sparql/unknown-prefix', what: 'unknown prefix "exx:"', expected: 'did you mean ex:?',
  },
  {
    title: 'a misspelt query form',
    sparql: 'SELEC ?x WHERE {}',
    line: 1, column: 1, code: 'sparql/syntax', what: '"SELEC" is not a query form', expected: 'SELECT, ASK, CONSTRUCT or DESCRIBE (did you mean SELECT?)',
  },
  {
    title: 'a triple pattern without its object',
    sparql: 'SELECT ?x WHERE { ?x ?p }',
    line: 1, column: 25, code: 'sparql/syntax', what: 'unexpected "}"', expected: 'a variable, IRI or literal',
  },
  {
    title: 'an object missing before the closing brace, with predeclared prefixes on lines 2 and 3',
    sparql: 'SELECT ?p WHERE {\n  ?p a deai:Project ;\n     rdfs:label ?name ,\n}',
    line: 4, column: 1, code: 'sparql/syntax', what: 'unexpected "}"', expected: 'a variable, IRI or literal',
  },
  {
    title: 'a group left open at the end',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o',
    line: 1, column: 27, code: 'sparql/syntax', what: 'the query ends too early', expected: '`}` to close the `{` at line 1, column 17',
  },
  {
    title: 'a misspelt keyword after the pattern',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o } LIMT 3',
    line: 1, column: 30, code: 'sparql/syntax', what: 'unknown keyword "LIMT"', expected: 'LIMIT',
  },
  {
    title: 'a query that stops after the subject of a triple',
    sparql: 'SELECT ?x WHERE { ?x ',
    line: 1, column: 21, code: 'sparql/syntax', what: 'the query ends too early', expected: 'a predicate: a variable, an IRI or a',
  },
  {
    title: 'a projection expression left open',
    sparql: 'SELECT (COUNT(?x) AS ?n WHERE { ?x ?p ?o }',
    line: 1, column: 25, code: 'sparql/syntax', what: 'WHERE cannot come here', expected: '`)`',
  },
  {
    title: 'a space inside an IRI',
    sparql: 'SELECT ?x WHERE { ?x <http://a b> ?o }',
    line: 1, column: 22, code: 'sparql/syntax', what: 'the IRI <http://a b> contains a space', expected: '%20',
  },
  {
    title: 'a string without its closing quote',
    sparql: 'SELECT ?x WHERE { ?x ?p "abc }',
    line: 1, column: 25, code: 'sparql/syntax', what: 'the string "abc }… is not closed', expected: 'a closing "',
  },
  {
    title: 'a comparison without its right-hand side',
    sparql: 'SELECT ?x WHERE { FILTER(?x > ) }',
    line: 1, column: 31, code: 'sparql/syntax', what: 'unexpected ")"', expected: 'an expression',
  },
  {
    title: 'the same on the fourth line of a query',
    sparql: 'SELECT ?x\nWHERE {\n  ?x ?p ?o .\n  FILTER (?o = )\n}',
    line: 4, column: 16, code: 'sparql/syntax', what: 'unexpected ")"', expected: 'an expression',
  },
  {
    title: 'a PREFIX declaration without its colon',
    sparql: 'PREFIX foo <http://x/>\nSELECT * {}',
    line: 1, column: 8, code: 'sparql/syntax', what: 'the prefix name "foo" has no colon', expected: '"foo:"',
  },
  {
    title: 'GROUP without BY',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o } GROUP ?x',
    line: 1, column: 36, code: 'sparql/syntax', what: 'unexpected "?x"', expected: 'BY',
  },
  {
    title: 'a selected variable neither grouped nor aggregated',
    sparql: 'SELECT ?x ?y WHERE { ?x ?p ?o } GROUP BY ?x',
    line: 1, column: 11, code: 'sparql/syntax', what: '?y is selected but neither grouped nor aggregated', expected: 'SAMPLE(?y)',
  },
  {
    title: 'ORDER BY with nothing to order by',
    sparql: 'SELECT * WHERE { ?x ?p ?o . } ORDER BY',
    line: 1, column: 39, code: 'sparql/syntax', what: 'the query ends too early', expected: 'an expression, ASC or DESC',
  },
  {
    title: 'an empty query',
    sparql: '  \n',
    line: 1, column: 1, code: 'sparql/empty', what: 'the query is empty', expected: 'SELECT, ASK, CONSTRUCT or DESCRIBE',
  },
  {
    title: 'a closing brace too many',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o } }',
    line: 1, column: 30, code: 'sparql/syntax', what: 'unexpected "}"', expected: 'the end of the query or VALUES',
  },
  {
    title: 'a function call left open',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o FILTER(regex(?o, "a") }',
    line: 1, column: 50, code: 'sparql/syntax', what: 'unexpected "}"', expected: '`)`',
  },
  {
    title: 'a FILTER in CONSTRUCT WHERE',
    sparql: 'CONSTRUCT WHERE { ?x ?p ?o FILTER(true) }',
    line: 1, column: 28, code: 'sparql/syntax', what: 'FILTER cannot come here', expected: 'CONSTRUCT WHERE takes triple patterns only',
  },
  {
    title: 'a negative LIMIT',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o } LIMIT -1',
    line: 1, column: 36, code: 'sparql/syntax', what: 'unexpected "-1"', expected: 'a whole number',
  },
  {
    title: 'a VALUES block left open',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o } VALUES ?x { 1 2',
    line: 1, column: 45, code: 'sparql/syntax', what: 'the query ends too early', expected: '`}` to close the `{` at line 1, column 40',
  },
  {
    title: 'a misspelt function',
    sparql: 'SELECT ?x WHERE { FILTER(contans(?x, "a")) }',
    line: 1, column: 26, code: 'sparql/syntax', what: 'unknown function "contans"', expected: 'did you mean CONTAINS?',
  },
  {
    title: 'OPTIONAL without braces',
    sparql: 'SELECT ?x WHERE { ?x ?p ?o . OPTIONAL ?x }',
    line: 1, column: 39, code: 'sparql/syntax', what: 'unexpected "?x"', expected: '`{`',
  },
  {
    title: 'an update',
    sparql: 'INSERT DATA { <http://a> <http://b> <http://c> }',
    line: 1, column: 1, code: 'sparql/update-refused', what: 'SPARQL Update (INSERT) is not accepted: the graph is read-only here', expected: 'a query: SELECT, ASK, CONSTRUCT or DESCRIBE',
  },
];
