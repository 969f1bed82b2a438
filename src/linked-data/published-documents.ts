// The documents a linked-data site publishes besides one per entity: the ontology at its version IRI, the SHACL
// shapes, and the three named graphs that TriG and N-Quads put the triples in. Each IRI these files name dereferences.
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { graphToNamedGraphs, type NamedGraphName, namedGraphIri } from '../export/graph-to-dataset.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { DEAI_ONTOLOGY, DEAI_SHAPES, OWL } from '../vocab/namespaces.js';

export interface PublishedDocument {
  readonly iri: string;
  readonly quads: readonly Quad[];
  /** `graph`: a named graph, whose page lists what it describes rather than every triple. */
  readonly kind: 'document' | 'graph';
}

const GRAPH_NAMES: readonly NamedGraphName[] = ['data', 'ontology', 'provenance'];

/**
 * The ontology's owl:versionIRI (https://w3id.org/deai/ontology/0.1.0) holds that version of the ontology: this
 * one. The named graphs hold their triples, as a Graph Store gives a graph named by its IRI. The shapes come from
 * ontology/shapes.ttl (its text, so this module does no I/O).
 */
export function publishedDocuments(graph: KnowledgeGraph, shapesTurtle?: string): PublishedDocument[] {
  const ontology = graph.ontology.quads;
  const versions = ontology.filter((q) => q.subject.value === DEAI_ONTOLOGY && q.predicate.value === OWL('versionIRI')).map((q) => q.object.value);
  const graphs = graphToNamedGraphs(graph);
  return [
    ...versions.map((iri): PublishedDocument => ({ iri, quads: ontology, kind: 'document' })),
    ...(shapesTurtle === undefined ? [] : [{ iri: DEAI_SHAPES, quads: parseShapes(shapesTurtle), kind: 'document' } as const]),
    ...GRAPH_NAMES.map((name): PublishedDocument => ({ iri: namedGraphIri(graph.base, name), quads: graphs[name], kind: 'graph' })),
  ];
}

/** ontology/shapes.ttl's quads, relative IRIs resolved against the shapes' own IRI. */
export function parseShapes(turtle: string): Quad[] {
  return new Parser({ format: 'text/turtle', baseIRI: DEAI_SHAPES }).parse(turtle);
}
