// Survey markdown → KnowledgeGraph: parse, resolve, map (one direction), with no I/O (usable in the browser).
import type { Quad } from '@rdfjs/types';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { parseSurvey } from '../parse/parse-survey.js';
import type { SurveyRecords } from '../parse/survey-types.js';
import { type MappedSurvey, surveyToQuadGroups } from '../map/survey-to-quads.js';
import { NO_VARIANTS, type NameVariants } from '../resolve/name-variants.js';
import { resolveSurvey } from '../resolve/resolve-survey.js';
import { carryIris } from '../diff/carry-iris.js';
import { surveyToVersion } from '../diff/diff-surveys.js';
import type { ProjectIdentity } from '../diff/project-identity.js';
import { DiagnosticSink } from '../errors.js';
import { baseIriProblem } from '../vocab/base-iri.js';
import { DEFAULT_BASE } from '../vocab/namespaces.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

export interface BuildOptions {
  /** The ontology to map through (see parseOntology); the Node entry point loads the bundled one. */
  readonly ontology: OntologyIndex;
  /** Name variants for entity resolution; none by default. */
  readonly variants?: NameVariants;
  /** File name for messages and provenance. */
  readonly file?: string;
  /** Base IRI of instance data; must end in "/" or "#". Default https://w3id.org/deai/. */
  readonly base?: string;
  /** "sha256:…" digest of the markdown, recorded on the survey node when given. */
  readonly digest?: string;
  /**
   * The projects of an earlier build (see quadsToIdentities): each project the resolution pairs with one of them keeps
   * its IRI and gets its old name as skos:altLabel. Resolves every project before mapping (no streaming).
   */
  readonly previous?: readonly ProjectIdentity[];
}

/** The graph as a stream of groups in canonical order (see surveyToQuadGroups): for surveys too big to hold as quads. */
export function buildGraphGroups(markdown: string, options: BuildOptions): MappedSurvey & { readonly base: string } {
  checkBase(options.base ?? DEFAULT_BASE);
  return surveyToGraphGroups(parseSurvey(markdown, { file: options.file ?? 'survey.md' }), options);
}

function checkBase(base: string): void {
  const problem = baseIriProblem(base);
  if (problem) throw new TypeError(`The base IRI "${base}" ${problem}.`);
}

/** A parsed survey (its rows and entries in memory or on disk) → its graph as a stream of groups: resolve, then map. */
export function surveyToGraphGroups(survey: SurveyRecords, options: BuildOptions): MappedSurvey & { readonly base: string } {
  const base = options.base ?? DEFAULT_BASE;
  checkBase(base);
  const variants = options.variants ?? NO_VARIANTS;
  let resolved = resolveSurvey(survey, { base, ontology: options.ontology, variants });
  if (options.previous) resolved = carryIris(surveyToVersion(resolved), options.previous, variants, new DiagnosticSink(resolved.diagnostics)).survey;
  const mapped = surveyToQuadGroups(resolved, { base, facts: options.digest ? { digest: options.digest } : {} });
  return { ...mapped, base };
}

export function buildGraph(markdown: string, options: BuildOptions): KnowledgeGraph {
  const mapped = buildGraphGroups(markdown, options);
  const quads: Quad[] = [];
  for (const group of mapped.groups) for (const q of group) quads.push(q);
  return { quads, ontology: options.ontology, diagnostics: mapped.diagnostics, base: mapped.base };
}
