// Every version of the survey → one dataset: a named graph per version (built as `deai-kg build` builds it, with the
// IRIs of the version before carried forward), the versions as PROV entities in the default graph, and the changes
// between consecutive versions (deai:ChangeSet, deai:Change) beside them. Pure: the versions come in as text.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { carryIris } from '../diff/carry-iris.js';
import { diffSurveys, type SurveyVersion, surveyToVersion } from '../diff/diff-surveys.js';
import { diffToQuads, versionIri, type VersionRef } from '../diff/diff-to-quads.js';
import { resolvedProjectToIdentity } from '../diff/project-identity.js';
import type { SurveyDiff } from '../diff/survey-diff.js';
import { type Diagnostic, DiagnosticSink } from '../errors.js';
import { compareQuads, sortQuads } from '../export/sort-quads.js';
import { surveyToQuadGroups } from '../map/survey-to-quads.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { parseSurvey } from '../parse/parse-survey.js';
import type { NameVariants } from '../resolve/name-variants.js';
import { resolveSurvey } from '../resolve/resolve-survey.js';
import { DCTERMS, DEAI, PROV, RDF, RDFS, XSD } from '../vocab/namespaces.js';

const { literal, namedNode, quad } = DataFactory;

export interface SurveyCommit {
  readonly commit: string;
  /** ISO 8601 date and time. */
  readonly date: string;
  readonly message: string;
  readonly text: string;
  readonly digest?: string;
}

export interface HistoryOptions {
  readonly ontology: OntologyIndex;
  readonly variants: NameVariants;
  readonly base: string;
  /** The survey's path in the repository, for messages ("README.md@1a2b3c4:12:3"). */
  readonly file: string;
}

export interface History {
  readonly quads: Quad[];
  /** The changes from each version to the next, oldest first (one fewer than the versions). */
  readonly changes: readonly { readonly from: SurveyCommit; readonly to: SurveyCommit; readonly diff: SurveyDiff }[];
  readonly diagnostics: Diagnostic[];
}

export function versionsToHistory(commits: readonly SurveyCommit[], options: HistoryOptions): History {
  const quads: Quad[] = [];
  const diagnostics: Diagnostic[] = [];
  const changes: { from: SurveyCommit; to: SurveyCommit; diff: SurveyDiff }[] = [];
  let previous: { commit: SurveyCommit; version: SurveyVersion } | undefined;
  for (const commit of commits) {
    const file = `${options.file}@${commit.commit.slice(0, 7)}`;
    const resolved = resolveSurvey(parseSurvey(commit.text, { file }), { ontology: options.ontology, variants: options.variants, base: options.base });
    let version = surveyToVersion(resolved);
    if (previous) {
      const identities = previous.version.projects.map(resolvedProjectToIdentity);
      version = carryIris(version, identities, options.variants, new DiagnosticSink(resolved.diagnostics));
    }
    const graph = namedNode(versionIri(options.base, commit.commit));
    const mapped = surveyToQuadGroups(version.survey, { base: options.base, facts: commit.digest ? { digest: commit.digest } : {} });
    for (const group of mapped.groups) for (const q of group) quads.push(quad(q.subject, q.predicate, q.object, graph));
    diagnostics.push(...resolved.diagnostics);
    quads.push(...versionQuads(commit, options.base, previous?.commit));
    if (previous) {
      const diff = diffSurveys(previous.version, version, options.variants);
      changes.push({ from: previous.commit, to: commit, diff });
      quads.push(...diffToQuads(diff, { from: commitRef(previous.commit), to: commitRef(commit) }, options.base));
    }
    previous = { commit, version };
  }
  // Sorted, once each: the versions are described both as graphs and as what their changes compare.
  const sorted = sortQuads(quads).filter((q, i, all) => i === 0 || compareQuads(q, all[i - 1] as Quad) !== 0);
  return { quads: sorted, changes, diagnostics };
}

export function commitRef(commit: SurveyCommit): VersionRef {
  return { id: commit.commit, label: `${commit.commit.slice(0, 7)} ${commit.message}` };
}

/** The version (also the name of its graph) as PROV: its commit, date and message, and the version it revises. */
function versionQuads(commit: SurveyCommit, base: string, before: SurveyCommit | undefined): Quad[] {
  const v = namedNode(versionIri(base, commit.commit));
  const ref = commitRef(commit);
  const out = [
    quad(v, namedNode(RDF('type')), namedNode(DEAI('SurveyVersion'))),
    quad(v, namedNode(RDF('type')), namedNode(PROV('Entity'))),
    quad(v, namedNode(DCTERMS('identifier')), literal(commit.commit)),
    quad(v, namedNode(DCTERMS('created')), literal(commit.date, namedNode(XSD('dateTime')))),
    quad(v, namedNode(RDFS('label')), literal(ref.label)),
    quad(v, namedNode(RDFS('comment')), literal(commit.message)),
  ];
  if (before) out.push(quad(v, namedNode(PROV('wasRevisionOf')), namedNode(versionIri(base, before.commit))));
  return out;
}
