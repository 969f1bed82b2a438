// Named questions and their answers → docs/queries.md (each question, its SPARQL, its answer table).
import type { NamedQuery } from '../sparql/named-query.js';
import type { QueryResult, ResultTerm } from '../sparql/sparql-engine.js';
import { predeclaredPrefixes } from '../sparql/prefixes.js';
import { PREFIXES } from '../vocab/namespaces.js';

export interface AnsweredQuery {
  readonly query: NamedQuery;
  readonly result: QueryResult;
}

export function queriesToMarkdown(answered: readonly AnsweredQuery[]): string {
  const parts = [
    '# Competency questions',
    '',
    'Questions a reader of the survey asks, as SPARQL 1.1 in [`queries/`](../queries/), with their answers on the bundled',
    'survey. Run one with `deai-kg query NAME`; list them with `deai-kg query --list`.',
    '',
    '_Generated from the graph; a test fails when this page is stale. Regenerate with `npm run docs`._',
    '',
    ...answered.map(({ query }) => `- [${query.question}](#${query.name})`),
    '',
    ...WRITING_QUERIES,
  ];
  for (const { query, result } of answered) {
    parts.push(`## ${query.name}`, '', `**${query.question}**`, '', '```sparql', stripComment(query.sparql).trim(), '```', '', answerToMarkdown(result), '');
  }
  return parts.join('\n');
}

/** How to write a query of one's own: what it sees, the prefixes it need not declare, and what a broken one gets. */
const WRITING_QUERIES = [
  '## Writing your own',
  '',
  'A query sees the survey\'s graph together with the ontology (labels, the SKOS hierarchy); with `--data FILE…` the',
  'files together with the ontology; `--no-ontology` leaves the ontology out. These prefixes need no `PREFIX` line in',
  'the CLI, the library\'s `query()`, `/sparql` and the viewer (a query\'s own `PREFIX` wins; the instance prefixes',
  'follow the build\'s base IRI):',
  '',
  '| prefix | IRI |',
  '|---|---|',
  ...Object.entries(predeclaredPrefixes()).map(([name, iri]) => `| \`${name}:\` | \`${iri}\` |`),
  '',
  'So `SELECT ?name WHERE { project:bittensor rdfs:label ?name }` runs as it is. A query Oxigraph refuses is explained',
  'at the token at fault, in the user\'s own line and column (never shifted by the prefixes added for them): deai-kg',
  'checks the tokens (an unknown prefix, an unclosed string, an IRI with a space), then asks sparqljs\'s parser what it',
  'expected there, and quotes the line with a caret:',
  '',
  '```',
  '$ deai-kg query \'SELECT ?x WHERE { ?x ?p ?o } LIMT 3\'',
  '<query>:1:30: error: unknown keyword "LIMT". Expected LIMIT (the nearest keyword that can come here) [sparql/syntax]',
  '  SELECT ?x WHERE { ?x ?p ?o } LIMT 3',
  '                               ^^^^',
  '```',
  '',
  'The library throws the same as a `QuerySyntaxError` (`line`, `column`, `code`, `what`, `expected`, `excerpt`);',
  '`/sparql` answers 400 with the same text. An empty answer from a query that names a term the data never mentions',
  'gets a warning on stderr naming it.',
  '',
];

function stripComment(sparql: string): string {
  return sparql.replace(/^#\s*(Question:)?[^\n]*\n/, '');
}

function answerToMarkdown(result: QueryResult): string {
  if (result.type === 'boolean') return `Answer: \`${result.value}\``;
  if (result.type === 'quads') return `Answer: ${result.quads.length} triples.`;
  if (result.rows.length === 0) return '_No results._';
  const cell = (t: ResultTerm | undefined): string => (t ? show(t) : '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${result.variables.join(' | ')} |`,
    `|${result.variables.map(() => '---').join('|')}|`,
    ...result.rows.map((row) => `| ${result.variables.map((v) => cell(row[v])).join(' | ')} |`),
    '',
    `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}.`,
  ].join('\n');
}

function show(term: ResultTerm): string {
  if (term.type !== 'uri') return term.value;
  for (const [prefix, iri] of Object.entries(PREFIXES)) if (term.value.startsWith(iri)) return `${prefix}:${term.value.slice(iri.length)}`;
  return term.value;
}
