// What every mapping step needs: the base IRI, the quads of the group being mapped, and concept labels.
import type { QuadBuilder } from './quad-builder.js';

export interface MapContext {
  readonly base: string;
  /** The quads of the group being mapped (one project, one paper, …). */
  readonly out: QuadBuilder;
  readonly surveyIri: string;
  /** A concept's label (from the resolved survey: the ontology's prefLabel or a minted term's label). */
  readonly labelOf: (iri: string) => string;
}

export function projectIri(base: string, slug: string): string {
  return `${base}project/${slug}`;
}

export function paperIri(base: string, slug: string): string {
  return `${base}paper/${slug}`;
}

export function columnIri(base: string, index: number): string {
  return `${base}survey/column/${index + 1}`;
}

export function noteIri(base: string, id: string): string {
  return `${base}survey/note/${id}`;
}

export function figureIri(base: string, number: number): string {
  return `${base}survey/figure/${number}`;
}
