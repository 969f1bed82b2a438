// What every mapping step needs: the base IRI, the ontology, the file name and the warnings sink.
import type { DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { QuadBuilder } from './quad-builder.js';

export interface MapContext {
  readonly base: string;
  readonly file: string;
  readonly ontology: OntologyIndex;
  readonly sink: DiagnosticSink;
  /** The quads of the group being mapped (one project, one paper, …). */
  readonly out: QuadBuilder;
  /** Concepts minted for unknown stages, columns and assumptions: shared by all groups, written once after them. */
  readonly minted: QuadBuilder;
  readonly surveyIri: string;
}

/** The last segment of an IRI: "…ontology#TaskProposing" → "TaskProposing". */
export function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}

export function projectIri(base: string, slug: string): string {
  return `${base}project/${slug}`;
}

export function columnIri(base: string, index: number): string {
  return `${base}survey/column/${index + 1}`;
}

/** Preferred label of a concept, or its local name when the ontology does not know it. */
export function conceptLabel(ctx: MapContext, iri: string): string {
  return ctx.ontology.concepts.get(iri)?.prefLabel ?? localName(iri);
}
