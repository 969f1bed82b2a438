// Queries a KnowledgeGraph (data + ontology by default) through the engine; one engine per graph, made lazily.
import type { Quad } from '@rdfjs/types';
import { graphWithOntology, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { createOxigraphEngine } from './oxigraph-engine.js';
import { predeclaredPrefixes } from './prefixes.js';
import type { QueryResult, ResultsMediaType, SparqlEngine } from './sparql-engine.js';

export interface QueryOptions {
  /** Include the ontology's quads (labels, SKOS hierarchy). Default true. */
  readonly withOntology?: boolean;
}

export interface EngineOptions {
  /** Prefixes a query may use without declaring them. Default: predeclaredPrefixes() (deai:, rdfs:, project:, …). */
  readonly prefixes?: Readonly<Record<string, string>>;
}

const engines = new WeakMap<KnowledgeGraph, { withOntology?: SparqlEngine; dataOnly?: SparqlEngine }>();

function engineFor(graph: KnowledgeGraph, options: QueryOptions): SparqlEngine {
  const withOntology = options.withOntology ?? true;
  const cached = engines.get(graph) ?? {};
  engines.set(graph, cached);
  const prefixes = predeclaredPrefixes(graph.base);
  return withOntology
    ? (cached.withOntology ??= createEngine(graphWithOntology(graph), { prefixes }))
    : (cached.dataOnly ??= createEngine(graph.quads, { prefixes }));
}

/** Runs a SPARQL 1.1 query; the prefixes of predeclaredPrefixes(graph.base) need no declaration. */
export function query(graph: KnowledgeGraph, sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
  return engineFor(graph, options).query(sparql);
}

/** Runs a SELECT or ASK query and returns the results in a W3C format (JSON, XML, CSV, TSV), written by the engine. */
export function queryAs(graph: KnowledgeGraph, sparql: string, mediaType: ResultsMediaType, options: QueryOptions = {}): Promise<string> {
  return engineFor(graph, options).queryAs(sparql, mediaType);
}

/** An engine over any quads (e.g. RDF files given with --data). */
export function createEngine(quads: Iterable<Quad>, options: EngineOptions = {}): SparqlEngine {
  return createOxigraphEngine(quads, { prefixes: options.prefixes ?? predeclaredPrefixes() });
}
