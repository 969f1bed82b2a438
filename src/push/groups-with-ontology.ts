// The ontology as the first group, then the data's groups without any triple the ontology already has: what
// `push --with-ontology` sends, so a store's graph holds labels and the SKOS hierarchy and every triple once.
import type { Quad } from '@rdfjs/types';

/** Memory is bounded by the ontology (hundreds of triples), never by the data: only data triples whose subject the ontology describes are compared. */
export function* groupsWithOntology(ontology: readonly Quad[], groups: Iterable<readonly Quad[]>): Generator<readonly Quad[]> {
  if (ontology.length > 0) yield ontology;
  const bySubject = new Map<string, Quad[]>();
  for (const q of ontology) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  for (const group of groups) {
    if (!group.some((q) => bySubject.has(q.subject.value))) {
      yield group;
      continue;
    }
    yield group.filter((q) => !(bySubject.get(q.subject.value) ?? []).some((o) => o.equals(q)));
  }
}
