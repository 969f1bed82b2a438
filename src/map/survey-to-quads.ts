// Resolved survey → RDF quads in the DeAI ontology, as a stream of groups: the survey and its columns, then each
// project with its assessments and listings, then each paper, then the concepts minted for unknown terms, then the
// dataset description (which counts the triples before it). A group holds whole subjects, sorted; the stream's order
// is the graph's canonical order, so a 100k-project survey can be written while it is mapped, never held as quads.
// Nothing is resolved here: every match to the ontology or between names was made by resolve/resolve-survey.ts.
import type { Quad } from '@rdfjs/types';
import type { Diagnostic } from '../errors.js';
import type { ResolvedSurvey } from '../resolve/resolved-types.js';
import { DEAI, RDF } from '../vocab/namespaces.js';
import type { MapContext } from './map-context.js';
import { mintedToQuads } from './minted-quads.js';
import { notesOnQuads } from './note-quads.js';
import { projectToQuads } from './project-quads.js';
import { QuadBuilder } from './quad-builder.js';
import { paperToQuads } from './paper-quads.js';
import { datasetDescription, type SurveyFacts, surveyIri, surveyToDescription } from './survey-quads.js';

export interface MapOptions {
  readonly base: string;
  readonly facts: SurveyFacts;
}

export interface MappedSurvey {
  /** The graph in groups of whole subjects, in canonical order; mapping happens as the groups are taken. */
  readonly groups: Iterable<Quad[]>;
  /** Parse warnings at once; resolution warnings are added as the groups are taken. Errors throw (InputError). */
  readonly diagnostics: Diagnostic[];
  /** Projects in the graph (known before any group is taken). */
  readonly projectCount: number;
}

const COUNTED_CLASSES = new Set(['Project', 'Assessment', 'Paper', 'Listing'].map((c) => DEAI(c)));
const TYPE = RDF('type');

export function surveyToQuadGroups(survey: ResolvedSurvey, options: MapOptions): MappedSurvey {
  const ctx: MapContext = { base: options.base, out: new QuadBuilder(), surveyIri: surveyIri(options.base), labelOf: survey.labelOf };

  function* groups(): Generator<Quad[]> {
    let triples = 0;
    const counts = new Map<string, number>();
    const counted = (quads: Quad[]): Quad[] => {
      triples += quads.length;
      for (const q of quads) if (q.predicate.value === TYPE && COUNTED_CLASSES.has(q.object.value)) counts.set(q.object.value, (counts.get(q.object.value) ?? 0) + 1);
      return quads;
    };
    surveyToDescription(ctx, survey, options.facts);
    yield counted(ctx.out.take());
    for (const project of survey.projects) {
      projectToQuads(ctx, project);
      yield counted(ctx.out.take());
    }
    for (const paper of survey.papers) {
      paperToQuads(ctx, paper);
      yield counted(ctx.out.take());
    }
    // Assumptions are minted as the rows naming them are resolved, so the minted terms are complete only now; so
    // are the notes on concepts (a marker after a mechanism in a row).
    const { minted: terms, conceptNotes } = survey.closing();
    for (const term of terms) mintedToQuads(ctx, term);
    for (const [concept, notes] of conceptNotes) notesOnQuads(ctx, concept, notes, true);
    const minted = ctx.out.take();
    if (minted.length > 0) yield counted(minted);
    datasetDescription(ctx, survey.title ?? 'SoK: Decentralized AI (DeAI)', counts, triples);
    yield ctx.out.take();
  }
  return { groups: groups(), diagnostics: survey.diagnostics, projectCount: survey.projectCount };
}

/** The whole graph as one array, in canonical order. */
export function surveyToQuads(survey: ResolvedSurvey, options: MapOptions): { quads: Quad[]; diagnostics: Diagnostic[] } {
  const mapped = surveyToQuadGroups(survey, options);
  const quads: Quad[] = [];
  for (const group of mapped.groups) for (const q of group) quads.push(q);
  return { quads, diagnostics: mapped.diagnostics };
}
