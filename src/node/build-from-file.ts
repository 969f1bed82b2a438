// Node conveniences: build from markdown text or a file with the bundled ontology and name variants.
import { buildGraph as buildWith, buildGraphGroups as buildGroupsWith, type BuildOptions } from '../graph/build-graph.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { bundledOntology, bundledVariants, sha256 } from './package-files.js';
import { readSurvey } from './read-survey.js';

export { readSurvey } from './read-survey.js';

export type NodeBuildOptions = Partial<BuildOptions>;

/** Builds the graph of survey markdown; ontology and name variants default to the bundled ones. */
export function buildGraph(markdown: string, options: NodeBuildOptions = {}): KnowledgeGraph {
  return buildWith(markdown, {
    ontology: options.ontology ?? bundledOntology(),
    variants: options.variants ?? bundledVariants(),
    digest: options.digest ?? sha256(markdown),
    ...(options.file ? { file: options.file } : {}),
    ...(options.base ? { base: options.base } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
  });
}

export function buildGraphFromFile(path: string, options: Omit<NodeBuildOptions, 'file' | 'digest'> = {}): KnowledgeGraph {
  return buildGraph(readSurvey(path), { ...options, file: path });
}

/** A survey file's graph as a stream of groups (for `deai-kg build`, which writes them as they come). */
export function buildGroupsFromFile(path: string, options: Omit<NodeBuildOptions, 'file' | 'digest'> = {}): ReturnType<typeof buildGroupsWith> {
  const markdown = readSurvey(path);
  return buildGroupsWith(markdown, {
    ontology: options.ontology ?? bundledOntology(),
    variants: options.variants ?? bundledVariants(),
    digest: sha256(markdown),
    file: path,
    ...(options.base ? { base: options.base } : {}),
  });
}
