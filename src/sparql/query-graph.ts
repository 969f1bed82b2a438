// Queries a KnowledgeGraph (data + ontology by default) through the engine; one engine per graph, made lazily.
import type { Quad } from '@rdfjs/types';
import { graphWithOntology, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { createOxigraphEngine } from './oxigraph-engine.js';
import type { QueryResult, SparqlEngine } from './sparql-engine.js';

export interface QueryOptions {
  /** Include the ontology's quads (labels, SKOS hierarchy). Default true. */
  readonly withOntology?: boolean;
}

const engines = new WeakMap<KnowledgeGraph, { withOntology?: SparqlEngine; dataOnly?: SparqlEngine }>();

export function query(graph: KnowledgeGraph, sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
  const withOntology = options.withOntology ?? true;
  const cached = engines.get(graph) ?? {};
  engines.set(graph, cached);
  const engine = withOntology
    ? (cached.withOntology ??= createEngine(graphWithOntology(graph)))
    : (cached.dataOnly ??= createEngine(graph.quads));
  return engine.query(sparql);
}

/** An engine over any quads (e.g. RDF files given with --data). */
export function createEngine(quads: Iterable<Quad>): SparqlEngine {
  return createOxigraphEngine(quads);
}
