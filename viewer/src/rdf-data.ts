// The site's RDF, loaded on first need: each entity's Turtle for the details panel, and a SPARQL engine.
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { createEngine, quadsToTurtle, type SparqlEngine, usedPrefixes } from 'deai-kg';

export interface RdfData {
  entityTurtle(iri: string): Promise<string>;
  engine(): Promise<SparqlEngine>;
}

export function createRdfData(fetchText: (path: string) => Promise<string>): RdfData {
  let loaded: Promise<{ quads: Quad[]; bySubject: Map<string, Quad[]> }> | undefined;
  let engine: Promise<SparqlEngine> | undefined;
  const load = () =>
    (loaded ??= Promise.all([fetchText('data/deai.ttl'), fetchText('data/ontology.ttl')]).then(([data, ontology]) => {
      const quads = [...new Parser({ format: 'text/turtle' }).parse(data), ...new Parser({ format: 'text/turtle' }).parse(ontology)];
      const bySubject = new Map<string, Quad[]>();
      for (const q of quads) {
        const list = bySubject.get(q.subject.value);
        if (list) list.push(q);
        else bySubject.set(q.subject.value, [q]);
      }
      return { quads, bySubject };
    }));
  return {
    async entityTurtle(iri) {
      const { bySubject } = await load();
      const own = bySubject.get(iri) ?? [];
      return quadsToTurtle(own, usedPrefixes(own));
    },
    engine() {
      engine ??= load().then(({ quads }) => createEngine(quads));
      return engine;
    },
  };
}
