// Named questions and their answers → docs/queries.md (each question, its SPARQL, its answer table).
import type { NamedQuery } from '../sparql/named-query.js';
import type { QueryResult, ResultTerm } from '../sparql/sparql-engine.js';
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
  ];
  for (const { query, result } of answered) {
    parts.push(`## ${query.name}`, '', `**${query.question}**`, '', '```sparql', stripComment(query.sparql).trim(), '```', '', answerToMarkdown(result), '');
  }
  return parts.join('\n');
}

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
