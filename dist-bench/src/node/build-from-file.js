// Node conveniences: build from markdown text or a file with the bundled ontology and name variants.
import { readFileSync } from 'node:fs';
import { buildGraph as buildWith } from '../graph/build-graph.js';
import { InputError } from '../errors.js';
import { bundledOntology, bundledVariants, sha256 } from './package-files.js';
/** Builds the graph of survey markdown; ontology and name variants default to the bundled ones. */
export function buildGraph(markdown, options = {}) {
    return buildWith(markdown, {
        ontology: options.ontology ?? bundledOntology(),
        variants: options.variants ?? bundledVariants(),
        digest: options.digest ?? sha256(markdown),
        ...(options.file ? { file: options.file } : {}),
        ...(options.base ? { base: options.base } : {}),
    });
}
/** Reads a survey file (UTF-8); a missing or unreadable file is an InputError, not a crash. */
export function readSurvey(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error.message;
        throw new InputError({ severity: 'error', code: 'input/unreadable', place: { file: path, line: 1, column: 1 }, message: `Cannot read the survey: ${reason}`, expected: 'a readable markdown file' });
    }
}
export function buildGraphFromFile(path, options = {}) {
    return buildGraph(readSurvey(path), { ...options, file: path });
}
