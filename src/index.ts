// deai-kg's public API (Node): build the graph, query it, serialise it. Everything here is typed and documented.
export { buildGraph, buildGraphFromFile, readSurvey, type NodeBuildOptions } from './node/build-from-file.js';
export { bundledContext, bundledOntology, bundledVariants, BUNDLED } from './node/package-files.js';
export { buildGraph as buildGraphWith, type BuildOptions } from './graph/build-graph.js';
export { graphWithOntology, type KnowledgeGraph } from './graph/knowledge-graph.js';
export { parseSurvey, type ParseOptions } from './parse/parse-survey.js';
export type * from './parse/survey-types.js';
export { parseOntology } from './ontology/parse-ontology.js';
export type { OntologyIndex, ConceptInfo } from './ontology/ontology-index.js';
export { parseNameVariants, type NameVariants } from './resolve/name-variants.js';
export { query, createEngine, type QueryOptions } from './sparql/query-graph.js';
export { QuerySyntaxError, type QueryResult, type SparqlEngine, type Bindings, type ResultTerm } from './sparql/sparql-engine.js';
export { quadsToTurtle, quadsToNTriples } from './export/to-turtle.js';
export { quadsToJsonLd, type JsonLdContext } from './export/to-jsonld.js';
export { graphToTable, type TableModel } from './table/graph-to-table.js';
export { tableToMarkdown } from './table/table-to-markdown.js';
export { InputError, formatDiagnostic, type Diagnostic, type Place } from './errors.js';
export { DEAI, DEFAULT_BASE, PREFIXES } from './vocab/namespaces.js';
