// Survey markdown → one resolved version, through the same parse and resolve steps as `deai-kg build`.
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { parseSurvey } from '../parse/parse-survey.js';
import type { NameVariants } from '../resolve/name-variants.js';
import { resolveSurvey } from '../resolve/resolve-survey.js';
import { DEFAULT_BASE } from '../vocab/namespaces.js';
import { type SurveyVersion, surveyToVersion } from './diff-surveys.js';

export interface VersionOptions {
  readonly ontology: OntologyIndex;
  readonly variants: NameVariants;
  /** File name for messages. */
  readonly file: string;
  readonly base?: string;
}

export function markdownToVersion(markdown: string, options: VersionOptions): SurveyVersion {
  const survey = parseSurvey(markdown, { file: options.file });
  return surveyToVersion(resolveSurvey(survey, { ontology: options.ontology, variants: options.variants, base: options.base ?? DEFAULT_BASE }));
}
