// Node conveniences: build from markdown text or a file with the bundled ontology and name variants.
import { readFileSync } from 'node:fs';
import { buildGraph as buildWith, buildGraphGroups as buildGroupsWith, type BuildOptions } from '../graph/build-graph.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { InputError } from '../errors.js';
import { bundledOntology, bundledVariants, sha256 } from './package-files.js';

export type NodeBuildOptions = Partial<BuildOptions>;

/** Builds the graph of survey markdown; ontology and name variants default to the bundled ones. */
export function buildGraph(markdown: string, options: NodeBuildOptions = {}): KnowledgeGraph {
  return buildWith(markdown, {
    ontology: options.ontology ?? bundledOntology(),
    variants: options.variants ?? bundledVariants(),
    digest: options.digest ?? sha256(markdown),
    ...(options.file ? { file: options.file } : {}),
    ...(options.base ? { base: options.base } : {}),
  });
}

/** Reads a survey file (UTF-8); a missing or unreadable file is an InputError, not a crash. */
export function readSurvey(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new InputError({ severity: 'error', code: 'input/unreadable', place: { file: path, line: 1, column: 1 }, message: `Cannot read the survey: ${reason}`, expected: 'a readable markdown file' });
  }
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
