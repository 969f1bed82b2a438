// KnowledgeGraph → quads in three named graphs (ontology, data, provenance) for N-Quads and TriG; the default graph is empty.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { datasetIri, surveyIri } from '../map/survey-quads.js';
import { sortQuads } from './sort-quads.js';

const { namedNode, quad } = DataFactory;

export type NamedGraphName = 'ontology' | 'data' | 'provenance';

/** The IRI of each named graph: `{base}graph/ontology`, `{base}graph/data`, `{base}graph/provenance`. */
export function namedGraphIri(base: string, name: NamedGraphName): string {
  return `${base}graph/${name}`;
}

/**
 * ontology: the ontology's quads (ontology/deai.ttl). provenance: what describes the source and the dataset rather
 * than the survey's content: the survey node and its table columns (`{base}survey`, `{base}survey/…`) and the
 * VoID/DCAT description (`{base}dataset`, `{base}dataset/…`). data: every other quad of the build. So data ∪
 * provenance is exactly `deai.ttl`, and ontology is exactly `ontology/deai.ttl`.
 */
export function graphToDataset(graph: KnowledgeGraph): Quad[] {
  const parts = graphToNamedGraphs(graph);
  const inGraph = (name: NamedGraphName) => {
    const g = namedNode(namedGraphIri(graph.base, name));
    return parts[name].map((q): Quad => quad(q.subject, q.predicate, q.object, g));
  };
  return sortQuads([...inGraph('ontology'), ...inGraph('data'), ...inGraph('provenance')]);
}

/** The triples of each named graph (in the graph's order, default graph), as above. */
export function graphToNamedGraphs(graph: KnowledgeGraph): Readonly<Record<NamedGraphName, readonly Quad[]>> {
  const provenance = [surveyIri(graph.base), datasetIri(graph.base)];
  const isProvenance = (q: Quad): boolean => provenance.some((s) => q.subject.value === s || q.subject.value.startsWith(`${s}/`));
  return { ontology: graph.ontology.quads, data: graph.quads.filter((q) => !isProvenance(q)), provenance: graph.quads.filter(isProvenance) };
}
