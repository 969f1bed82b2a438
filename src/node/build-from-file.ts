// Node conveniences: build from markdown text or a file with the bundled ontology and name variants.
import type { Quad } from '@rdfjs/types';
import { buildGraph as buildWith, type BuildOptions, surveyToGraphGroups } from '../graph/build-graph.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { bundledOntology, bundledVariants, sha256 } from './package-files.js';
import { parseSurveyFile } from './parse-survey-file.js';
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

/**
 * A survey file's graph as a stream of groups (for `deai-kg build` and `export`, which write them as they come). The
 * file is read as a stream and its rows and entries are kept on disk until the groups have been taken (or `close()`
 * is called), so memory does not grow with the survey.
 */
export function buildGroupsFromFile(
  path: string,
  options: Omit<NodeBuildOptions, 'digest'> & { readonly pieceLines?: number } = {},
): ReturnType<typeof surveyToGraphGroups> & { close(): void } {
  const parsed = parseSurveyFile(path, { file: options.file ?? path, ...(options.pieceLines ? { pieceLines: options.pieceLines } : {}) });
  try {
    const mapped = surveyToGraphGroups(parsed.survey, {
      ontology: options.ontology ?? bundledOntology(),
      variants: options.variants ?? bundledVariants(),
      digest: parsed.digest,
      file: options.file ?? path,
      ...(options.base ? { base: options.base } : {}),
      ...(options.previous ? { previous: options.previous } : {}),
    });
    function* groups(): Generator<Quad[]> {
      try {
        yield* mapped.groups;
      } finally {
        parsed.close();
      }
    }
    return { ...mapped, groups: groups(), close: parsed.close };
  } catch (error) {
    parsed.close();
    throw error;
  }
}
