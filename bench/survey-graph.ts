// Bench helpers: the repository's files, and a survey's graph built with the repository's ontology and name variants.
//
// The bench is compiled to dist-bench/ (bench/tsconfig.json), where src/node/package-files.ts would look for the
// bundled files in dist-bench/ (two levels above dist-bench/src/node/): so the ontology and name variants are passed
// explicitly, read from the repository root.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Imported module by module rather than from src/index.js, so that the bench builds while unrelated parts of
// the library are being edited.
import { buildGraph } from '../src/graph/build-graph.js';
import { graphWithOntology, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { parseOntology } from '../src/ontology/parse-ontology.js';
import { parseNameVariants } from '../src/resolve/name-variants.js';
import type { Quad } from '@rdfjs/types';

/** dist-bench/bench/*.js (compiled) and bench/*.ts both sit two levels below the repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SURVEY_FILE = `${REPO_ROOT}data/sok-deai-README.md`;
export const QUERIES_DIR = `${REPO_ROOT}queries`;

let cached: { ontology: ReturnType<typeof parseOntology>; variants: ReturnType<typeof parseNameVariants> } | undefined;

/** The repository's ontology and name variants, parsed once. */
export function bundled(): NonNullable<typeof cached> {
  cached ??= {
    ontology: parseOntology(readFileSync(`${REPO_ROOT}ontology/deai.ttl`, 'utf8'), 'ontology/deai.ttl'),
    variants: parseNameVariants(readFileSync(`${REPO_ROOT}data/name-variants.json`, 'utf8'), 'data/name-variants.json'),
  };
  return cached;
}

/** The graph of survey markdown (throws InputError on errors; warnings are in .diagnostics). */
export function surveyGraph(markdown: string, file: string): KnowledgeGraph {
  const { ontology, variants } = bundled();
  // As src/node/build-from-file.ts does: the markdown's digest is recorded on the survey node.
  return buildGraph(markdown, { file, ontology, variants, digest: `sha256:${createHash('sha256').update(markdown, 'utf8').digest('hex')}` });
}

/** What queries run over: data + ontology quads. */
export function queryQuads(graph: KnowledgeGraph): Quad[] {
  return graphWithOntology(graph);
}

export interface NamedQuery {
  readonly name: string;
  readonly sparql: string;
}

/** The competency questions, queries/*.rq, by file name. */
export function competencyQueries(): NamedQuery[] {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), sparql: readFileSync(`${QUERIES_DIR}/${f}`, 'utf8') }));
}
