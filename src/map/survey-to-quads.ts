// Parsed survey → RDF quads in the DeAI ontology: the composition of the mapping steps.
import type { Quad } from '@rdfjs/types';
import { type Diagnostic, DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { Survey } from '../parse/survey-types.js';
import type { NameVariants } from '../resolve/name-variants.js';
import { resolveProjects } from '../resolve/resolve-projects.js';
import { DEAI, RDF } from '../vocab/namespaces.js';
import type { MapContext } from './map-context.js';
import { projectToQuads } from './project-quads.js';
import { QuadBuilder } from './quad-builder.js';
import { paperToQuads } from './section-quads.js';
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

const COUNTED_CLASSES = ['Project', 'Assessment', 'Paper', 'Listing'].map((c) => DEAI(c));

export function surveyToQuads(survey: Survey, options: MapOptions): MapResult {
  const sink: DiagnosticSink = new DiagnosticSink();
  const out = new QuadBuilder();
  const ctx: MapContext = { base: options.base, file: survey.file, ontology: options.ontology, sink, out, surveyIri: surveyIri(options.base) };

  const columns = tableToColumns(survey.table, options.ontology, options.base, survey.file, sink);
  surveyToDescription(ctx, survey, options.facts, columns);
  const { projects } = resolveProjects(survey, options.variants, sink);
  for (const project of projects) projectToQuads(ctx, project, columns);
  for (const entry of survey.entries) if (entry.kind === 'paper') paperToQuads(ctx, entry);

  const counts = new Map<string, number>();
  for (const q of out.quads) {
    if (q.predicate.value === RDF('type') && COUNTED_CLASSES.includes(q.object.value)) counts.set(q.object.value, (counts.get(q.object.value) ?? 0) + 1);
  }
  datasetDescription(ctx, survey.title ?? 'SoK: Decentralized AI (DeAI)', counts);
  return { quads: out.quads, diagnostics: [...survey.diagnostics, ...sink.diagnostics] };
}
