// deai-kg's public API for browsers (the viewer's bundle): the same pure pipeline, no Node built-ins.
// The caller passes the ontology (and optionally name variants) as text, e.g. imported with Vite's "?raw".
import { buildGraph as buildWith } from './graph/build-graph.js';
import { parseOntology } from './ontology/parse-ontology.js';
import { parseNameVariants } from './resolve/name-variants.js';
/** Builds the graph of survey markdown in the browser. */
export function buildGraph(markdown, options) {
    const ontology = typeof options.ontology === 'string' ? parseOntology(options.ontology) : options.ontology;
    const variants = typeof options.variants === 'string' ? parseNameVariants(options.variants, 'name-variants.json') : options.variants;
    return buildWith(markdown, {
        ontology,
        ...(variants ? { variants } : {}),
        ...(options.file ? { file: options.file } : {}),
        ...(options.base ? { base: options.base } : {}),
    });
}
export { graphWithOntology } from './graph/knowledge-graph.js';
export { parseSurvey } from './parse/parse-survey.js';
export { parseOntology } from './ontology/parse-ontology.js';
export { parseNameVariants } from './resolve/name-variants.js';
export { query, createEngine } from './sparql/query-graph.js';
export { QuerySyntaxError } from './sparql/sparql-engine.js';
export { resultToCsv, resultToJson, resultToTable, resultToTsv } from './sparql/format-results.js';
export { rqToNamedQuery } from './sparql/named-query.js';
export { quadsToTurtle, quadsToNTriples } from './export/to-turtle.js';
export { quadsToJsonLd } from './export/to-jsonld.js';
export { graphToTable } from './table/graph-to-table.js';
export { tableToMarkdown } from './table/table-to-markdown.js';
export { InputError, formatDiagnostic } from './errors.js';
export { DEAI, DEFAULT_BASE, PREFIXES } from './vocab/namespaces.js';
