// The site's RDF, loaded on first need: each entity's Turtle for the details panel, and SPARQL through the
// library's query() (so the viewer sees what every other entry point sees: the ontology, predeclared prefixes).
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { type KnowledgeGraph, parseOntology, query, type QueryResult, quadsToTurtle, usedPrefixes } from 'deai-kg';

export interface RdfData {
  entityTurtle(iri: string): Promise<string>;
  query(sparql: string): Promise<QueryResult>;
}

export function createRdfData(fetchText: (path: string) => Promise<string>, base: string): RdfData {
  let loaded: Promise<{ graph: KnowledgeGraph; bySubject: Map<string, Quad[]> }> | undefined;
  const load = () =>
    (loaded ??= Promise.all([fetchText('data/deai.ttl'), fetchText('data/ontology.ttl')]).then(([data, ontologyTurtle]) => {
      const ontology = parseOntology(ontologyTurtle, 'data/ontology.ttl');
      const quads = new Parser({ format: 'text/turtle' }).parse(data);
      const bySubject = new Map<string, Quad[]>();
      for (const q of [...quads, ...ontology.quads]) {
        const list = bySubject.get(q.subject.value);
        if (list) list.push(q);
        else bySubject.set(q.subject.value, [q]);
      }
      return { graph: { quads, ontology, diagnostics: [], base }, bySubject };
    }));
  return {
    async entityTurtle(iri) {
      const { bySubject } = await load();
      const own = bySubject.get(iri) ?? [];
      return quadsToTurtle(own, usedPrefixes(own));
    },
    async query(sparql) {
      const { graph } = await load();
      return query(graph, sparql);
    },
  };
}
