// JavaScript readers for every export format, each returning the project names it finds: for the unit tests' round trips.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import * as $rdf from 'rdflib';
import { refuseRemoteDocuments } from '../../src/export/to-jsonld.js';
import { DEAI, RDF, RDFS } from '../../src/vocab/namespaces.js';

type Reader = (text: string) => Promise<string[]> | string[];

function projectLabels(triples: readonly { subject: { value: string }; predicate: { value: string }; object: { value: string } }[]): string[] {
  const projects = new Set(triples.filter((t) => t.predicate.value === RDF('type') && t.object.value === DEAI('Project')).map((t) => t.subject.value));
  return triples.filter((t) => projects.has(t.subject.value) && t.predicate.value === RDFS('label')).map((t) => t.object.value).sort();
}

function graphLabels(graph: MultiDirectedGraph): string[] {
  return graph.filterNodes((_key, a) => a.type === 'project').map((key) => String(graph.getNodeAttribute(key, 'label'))).sort();
}

const n3 = (format: string): Reader => (text) => projectLabels(new Parser({ format }).parse(text));

/** For csv the reader gets nodes.csv; the conformance tests read it with Python's csv module. */
export const READ_BACK: Readonly<Record<string, Reader>> = {
  ttl: n3('text/turtle'),
  nt: n3('application/n-triples'),
  nq: n3('application/n-quads'),
  trig: n3('application/trig'),
  jsonld: async (text) => {
    const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: refuseRemoteDocuments } as jsonld.Options.ToRdf)) as unknown as string;
    return projectLabels(new Parser({ format: 'application/n-quads' }).parse(nquads));
  },
  rdfxml: (text) => {
    const store = $rdf.graph();
    $rdf.parse(text, store, 'https://example.org/', 'application/rdf+xml');
    return projectLabels(store.statements);
  },
  gexf: (text) => graphLabels(parseGexf(MultiDirectedGraph, text) as MultiDirectedGraph),
  graphml: (text) => graphLabels(parseGraphml(MultiDirectedGraph, text) as MultiDirectedGraph),
  graphology: (text) => graphLabels(MultiDirectedGraph.from(JSON.parse(text))),
  cytoscape: (text) => (JSON.parse(text) as { elements: { nodes: { data: Record<string, string> }[] } }).elements.nodes
    .filter((n) => n.data.type === 'project').map((n) => n.data.label as string).sort(),
};
