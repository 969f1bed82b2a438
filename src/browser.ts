// deai-kg's public API for browsers (the viewer's bundle): the same pure pipeline, no Node built-ins.
// The caller passes the ontology (and optionally name variants) as text, e.g. imported with Vite's "?raw".
import { buildGraph as buildWith } from './graph/build-graph.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import type { OntologyIndex } from './ontology/ontology-index.js';
import { parseOntology } from './ontology/parse-ontology.js';
import { type NameVariants, parseNameVariants } from './resolve/name-variants.js';

export interface BrowserBuildOptions {
  /** ontology/deai.ttl as Turtle text, or an index made once with parseOntology. */
  readonly ontology: string | OntologyIndex;
  /** data/name-variants.json as text, or parsed. */
  readonly variants?: string | NameVariants;
  readonly file?: string;
  readonly base?: string;
}

/** Builds the graph of survey markdown in the browser. */
export function buildGraph(markdown: string, options: BrowserBuildOptions): KnowledgeGraph {
  const ontology = typeof options.ontology === 'string' ? parseOntology(options.ontology) : options.ontology;
  const variants = typeof options.variants === 'string' ? parseNameVariants(options.variants, 'name-variants.json') : options.variants;
  return buildWith(markdown, {
    ontology,
    ...(variants ? { variants } : {}),
    ...(options.file ? { file: options.file } : {}),
    ...(options.base ? { base: options.base } : {}),
  });
}

export { graphWithOntology, type KnowledgeGraph } from './graph/knowledge-graph.js';
export { parseSurvey } from './parse/parse-survey.js';
export { parseOntology } from './ontology/parse-ontology.js';
export { parseNameVariants, type NameVariants } from './resolve/name-variants.js';
export { query, queryAs, createEngine, type QueryOptions, type EngineOptions } from './sparql/query-graph.js';
export { QuerySyntaxError, RESULTS_MEDIA_TYPES, type QueryProblem, type QueryResult, type ResultsMediaType, type SparqlEngine, type Bindings, type ResultTerm } from './sparql/sparql-engine.js';
export { resultToJson, resultToTable } from './sparql/format-results.js';
export { rqToNamedQuery, type NamedQuery } from './sparql/named-query.js';
export { quadsToTurtle, quadsToNTriples, usedPrefixes } from './export/to-turtle.js';
export { quadsToJsonLd, type JsonLdContext } from './export/to-jsonld.js';
export { graphToTable, type TableModel } from './table/graph-to-table.js';
export { graphToGraphology } from './projection/graph-to-graphology.js';
export { tableToMarkdown } from './table/table-to-markdown.js';
export { lintSurvey, type LintOptions } from './lint/lint-survey.js';
export { markdownToVersion, type VersionOptions } from './diff/markdown-to-version.js';
export { diffSurveys, type SurveyVersion } from './diff/diff-surveys.js';
export type { SurveyDiff } from './diff/survey-diff.js';
export { diffToJson } from './diff/diff-to-json.js';
export { diffToMarkdown } from './diff/diff-to-markdown.js';
export { diffToQuads, type VersionRef } from './diff/diff-to-quads.js';
export type { LintFinding } from './lint/lint-rules.js';
export { InputError, formatDiagnostic, type Diagnostic, type Place } from './errors.js';
export { DEAI, DEFAULT_BASE, PREFIXES } from './vocab/namespaces.js';
export { predeclaredPrefixes } from './sparql/prefixes.js';
