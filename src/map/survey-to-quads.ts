// Parsed survey → RDF quads in the DeAI ontology, as a stream of groups: the survey and its columns, then each
// project with its assessments and listings, then each paper, then the concepts minted for unknown terms, then the
// dataset description (which counts the triples before it). A group holds whole subjects, sorted; the stream's order
// is the graph's canonical order, so a 100k-project survey can be written while it is mapped, never held as quads.
import type { Quad } from '@rdfjs/types';
import { type Diagnostic, DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { PaperEntry, Survey } from '../parse/survey-types.js';
import type { NameVariants } from '../resolve/name-variants.js';
import { resolveProjects } from '../resolve/resolve-projects.js';
import { DEAI, RDF } from '../vocab/namespaces.js';
import type { MapContext } from './map-context.js';
import { projectToQuads } from './project-quads.js';
import { QuadBuilder } from './quad-builder.js';
import { paperIri, paperToQuads } from './section-quads.js';
import { datasetDescription, type SurveyFacts, surveyIri, surveyToDescription } from './survey-quads.js';
import { tableToColumns } from './table-columns.js';

export interface MapOptions {
  readonly base: string;
  readonly ontology: OntologyIndex;
  readonly variants: NameVariants;
  readonly facts: SurveyFacts;
}

export interface MapResult {
  readonly quads: Quad[];
  readonly diagnostics: Diagnostic[];
}

export interface MappedSurvey {
  /** The graph in groups of whole subjects, in canonical order; mapping happens as the groups are taken. */
  readonly groups: Iterable<Quad[]>;
  /** Parse warnings at once; mapping warnings are added as the groups are taken. Errors throw (InputError). */
  readonly diagnostics: Diagnostic[];
  /** Projects in the graph (known before any group is taken). */
  readonly projectCount: number;
}

const COUNTED_CLASSES = new Set(['Project', 'Assessment', 'Paper', 'Listing'].map((c) => DEAI(c)));
const TYPE = RDF('type');

export function surveyToQuadGroups(survey: Survey, options: MapOptions): MappedSurvey {
  const diagnostics: Diagnostic[] = [...survey.diagnostics];
  const sink = new DiagnosticSink(diagnostics);
  const ctx: MapContext = { base: options.base, file: survey.file, ontology: options.ontology, sink, out: new QuadBuilder(), minted: new QuadBuilder(), surveyIri: surveyIri(options.base) };
  const columns = tableToColumns(survey.table, options.ontology, options.base, survey.file, sink);
  const { projects } = resolveProjects(survey, options.variants, sink);

  function* groups(): Generator<Quad[]> {
    let triples = 0;
    const counts = new Map<string, number>();
    const counted = (quads: Quad[]): Quad[] => {
      triples += quads.length;
      for (const q of quads) if (q.predicate.value === TYPE && COUNTED_CLASSES.has(q.object.value)) counts.set(q.object.value, (counts.get(q.object.value) ?? 0) + 1);
      return quads;
    };
    surveyToDescription(ctx, survey, options.facts, columns);
    yield counted(ctx.out.take());
    for (const project of projects) {
      projectToQuads(ctx, project, columns);
      yield counted(ctx.out.take());
    }
    for (const entries of papersByIri(survey, options.base)) {
      for (const paper of entries) paperToQuads(ctx, paper);
      yield counted(ctx.out.take());
    }
    const minted = ctx.minted.take();
    if (minted.length > 0) yield counted(minted);
    datasetDescription(ctx, survey.title ?? 'SoK: Decentralized AI (DeAI)', counts, triples);
    yield ctx.out.take();
  }
  return { groups: groups(), diagnostics, projectCount: projects.length };
}

/** Every listing of one paper, in survey order: a paper listed under two stages is one subject with two listings. */
function papersByIri(survey: Survey, base: string): PaperEntry[][] {
  const byIri = new Map<string, PaperEntry[]>();
  for (const entry of survey.entries) {
    if (entry.kind !== 'paper') continue;
    const iri = paperIri(base, entry.title);
    const list = byIri.get(iri);
    if (list) list.push(entry);
    else byIri.set(iri, [entry]);
  }
  return [...byIri.values()];
}

/** The whole graph as one array, in canonical order. */
export function surveyToQuads(survey: Survey, options: MapOptions): MapResult {
  const mapped = surveyToQuadGroups(survey, options);
  const quads: Quad[] = [];
  for (const group of mapped.groups) for (const q of group) quads.push(q);
  return { quads, diagnostics: mapped.diagnostics };
}
