// Bench helpers: the repository's files, and a survey's graph built with the repository's ontology and name variants.
//
// The bench is compiled to dist-bench/ (bench/tsconfig.json), where src/node/package-files.ts would look for the
// bundled files in dist-bench/ (two levels above dist-bench/src/node/): so the ontology and name variants are passed
// explicitly, read from the repository root.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph, graphWithOntology, parseNameVariants, parseOntology } from '../src/index.js';
/** dist-bench/bench/*.js (compiled) and bench/*.ts both sit two levels below the repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SURVEY_FILE = `${REPO_ROOT}data/sok-deai-README.md`;
export const QUERIES_DIR = `${REPO_ROOT}queries`;
let cached;
function bundled() {
    cached ??= {
        ontology: parseOntology(readFileSync(`${REPO_ROOT}ontology/deai.ttl`, 'utf8'), 'ontology/deai.ttl'),
        variants: parseNameVariants(readFileSync(`${REPO_ROOT}data/name-variants.json`, 'utf8'), 'data/name-variants.json'),
    };
    return cached;
}
/** The graph of survey markdown (throws InputError on errors; warnings are in .diagnostics). */
export function surveyGraph(markdown, file) {
    const { ontology, variants } = bundled();
    return buildGraph(markdown, { file, ontology, variants });
}
/** What queries run over: data + ontology quads. */
export function queryQuads(graph) {
    return graphWithOntology(graph);
}
/** The competency questions, queries/*.rq, by file name. */
export function competencyQueries() {
    return readdirSync(QUERIES_DIR)
        .filter((f) => f.endsWith('.rq'))
        .sort()
        .map((f) => ({ name: f.slice(0, -3), sparql: readFileSync(`${QUERIES_DIR}/${f}`, 'utf8') }));
}
