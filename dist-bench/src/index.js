// deai-kg's public API (Node): build the graph, query it, serialise it. Everything here is typed and documented.
export { buildGraph, buildGraphFromFile, readSurvey } from './node/build-from-file.js';
export { bundledContext, bundledOntology, bundledVariants, BUNDLED } from './node/package-files.js';
export { buildGraph as buildGraphWith } from './graph/build-graph.js';
export { graphWithOntology } from './graph/knowledge-graph.js';
export { parseSurvey } from './parse/parse-survey.js';
export { parseOntology } from './ontology/parse-ontology.js';
export { parseNameVariants } from './resolve/name-variants.js';
export { query, createEngine } from './sparql/query-graph.js';
export { QuerySyntaxError } from './sparql/sparql-engine.js';
export { resultToCsv, resultToJson, resultToTable, resultToTsv } from './sparql/format-results.js';
export { rqToNamedQuery } from './sparql/named-query.js';
export { bundledQueries } from './node/named-queries.js';
export { quadsToTurtle, quadsToNTriples } from './export/to-turtle.js';
export { quadsToJsonLd } from './export/to-jsonld.js';
export { graphToTable } from './table/graph-to-table.js';
export { tableToMarkdown } from './table/table-to-markdown.js';
export { InputError, formatDiagnostic } from './errors.js';
export { DEAI, DEFAULT_BASE, PREFIXES } from './vocab/namespaces.js';
