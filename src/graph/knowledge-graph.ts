// The built graph: sorted instance quads, the ontology they use, and the warnings met on the way.
import type { Quad } from '@rdfjs/types';
import type { Diagnostic } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';

export interface KnowledgeGraph {
  /** Instance data (projects, assessments, listings, papers, survey, dataset), in a fixed order. */
  readonly quads: readonly Quad[];
  /** The ontology the data was mapped through; its quads join the data for queries. */
  readonly ontology: OntologyIndex;
  /** Warnings from parsing and mapping (a build with errors throws instead). */
  readonly diagnostics: readonly Diagnostic[];
  /** The base IRI of instance data. */
  readonly base: string;
}

/** Data plus ontology: what queries see by default, so labels and the SKOS hierarchy are queryable. */
export function graphWithOntology(graph: KnowledgeGraph): Quad[] {
  return [...graph.quads, ...graph.ontology.quads];
}
