// Quads → the documents the linked-data site serves: one per IRI under the base, the ontology as one hash document.
import type { Quad } from '@rdfjs/types';
import { DCTERMS, DEAI_ONTOLOGY, RDFS, SKOS } from '../vocab/namespaces.js';
import { createIriPaths, type IriPaths } from './iri-paths.js';
import type { PublishedDocument } from './published-documents.js';

/** What one URL describes: its IRI, and every IRI `doc` or `doc#x` with the triples whose subject they are. */
export interface EntityDocument {
  /** The document IRI (the entity's IRI, or the ontology's for its `#Term`s). */
  readonly iri: string;
  /** The site path, no leading slash: `project/bittensor`, `ontology`. */
  readonly path: string;
  /** The IRIs described, the document's own first, then in IRI order (the ontology's: its own terms first). */
  readonly subjects: readonly string[];
  /** The triples whose subject is one of `subjects`: the Concise Bounded Description (the graph has no blank nodes). */
  readonly quads: readonly Quad[];
  /** `graph`: a named graph (published-documents.ts): all its triples, its page a list of what it describes. */
  readonly kind?: 'graph';
}

export interface EntityIndex {
  readonly paths: IriPaths;
  /** The document a request path names, or undefined (→ 404). */
  documentAt(path: string): EntityDocument | undefined;
  /** The document an IRI belongs to, if it is served here. */
  documentOf(iri: string): EntityDocument | undefined;
  /** Every document, in path order. */
  documents(): EntityDocument[];
  /** Triples whose object is this IRI (inbound links), in input order. */
  incoming(iri: string): readonly Quad[];
  /** Its rdfs:label, skos:prefLabel or dcterms:title (English or untagged first), if it has one. */
  label(iri: string): string | undefined;
}

/**
 * `quads` are grouped by subject into documents; `ontology` (ontology/deai.ttl) is one document whole, its triples
 * about other vocabularies' terms included (they are part of the ontology file), plus any term minted in its namespace.
 * `published` documents (the ontology's version IRI, the shapes, the named graphs) are served as they are given.
 */
export function quadsToEntityIndex(quads: readonly Quad[], base: string, ontology: readonly Quad[] = [], published: readonly PublishedDocument[] = []): EntityIndex {
  const paths = createIriPaths(base, published.map((d) => d.iri));
  const byIri = new Map<string, { iri: string; path: string; subjects: Set<string>; quads: Quad[] }>();
  const incoming = new Map<string, Quad[]>();
  const labels = new Map<string, { text: string; rank: number }>();
  const ontologyQuads = new Set(ontology);
  const noteLabel = (quad: Quad): void => {
    const rank = labelRank(quad);
    if (rank === undefined) return;
    const known = labels.get(quad.subject.value);
    if (!known || rank < known.rank || (rank === known.rank && quad.object.value < known.text)) labels.set(quad.subject.value, { text: quad.object.value, rank });
  };
  for (const quad of [...quads, ...ontology]) {
    if (quad.subject.termType === 'NamedNode') {
      const place = ontologyQuads.has(quad) ? { path: 'ontology' } : paths.iriToPlace(quad.subject.value);
      if (place) {
        const docIri = ontologyQuads.has(quad) ? DEAI_ONTOLOGY : quad.subject.value.replace(/#.*$/, '');
        let doc = byIri.get(docIri);
        if (!doc) byIri.set(docIri, (doc = { iri: docIri, path: place.path, subjects: new Set(), quads: [] }));
        doc.subjects.add(quad.subject.value);
        doc.quads.push(quad);
      }
    }
    if (quad.object.termType === 'NamedNode') {
      const list = incoming.get(quad.object.value);
      if (list) list.push(quad);
      else incoming.set(quad.object.value, [quad]);
    }
    noteLabel(quad);
  }
  const documents = new Map<string, EntityDocument>();
  for (const doc of byIri.values()) {
    const rank = (iri: string): number => (iri === doc.iri ? 0 : iri.startsWith(`${doc.iri}#`) ? 1 : 2);
    const subjects = [...doc.subjects].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    documents.set(doc.iri, { iri: doc.iri, path: doc.path, subjects, quads: doc.quads });
  }
  for (const doc of published) {
    const place = paths.iriToPlace(doc.iri);
    if (!place || place.fragment !== undefined) continue;
    if (doc.kind !== 'graph') doc.quads.forEach(noteLabel);
    const named = new Set(doc.quads.filter((q) => q.subject.termType === 'NamedNode').map((q) => q.subject.value));
    // Its own IRI first, then what is served here (the ontology's terms), then other vocabularies' terms.
    const rank = (iri: string): number => (iri === doc.iri ? 0 : paths.iriToPlace(iri) ? 1 : 2);
    const subjects = [...named].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    documents.set(doc.iri, { iri: doc.iri, path: place.path, subjects, quads: doc.quads, ...(doc.kind === 'graph' ? { kind: 'graph' as const } : {}) });
  }
  return {
    paths,
    documentAt: (path) => paths.pathToIris(path).map((iri) => documents.get(iri)).find((d) => d !== undefined),
    documentOf: (iri) => documents.get(iri.replace(/#.*$/, '')),
    documents: () => [...documents.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    incoming: (iri) => incoming.get(iri) ?? [],
    label: (iri) => labels.get(iri)?.text,
  };
}

const LABELS = [RDFS('label'), SKOS('prefLabel'), DCTERMS('title')];

/** rdfs:label before skos:prefLabel before dcterms:title (the ontology's name); English or untagged first. */
function labelRank(quad: Quad): number | undefined {
  if (quad.object.termType !== 'Literal') return undefined;
  const at = LABELS.indexOf(quad.predicate.value);
  const kind = at < 0 ? undefined : at * 2;
  if (kind === undefined) return undefined;
  const language = quad.object.language;
  return kind + (language === '' || language === 'en' || language.startsWith('en-') ? 0 : 1);
}
