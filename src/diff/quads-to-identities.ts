// The projects of a graph an earlier build wrote → their identities (slug, names, links), for build --previous.
import type { Quad } from '@rdfjs/types';
import { DEAI, PREFIXES, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import type { ProjectIdentity } from './project-identity.js';

/** Terms of the ontology and the vocabularies it reuses are not links. */
const VOCABULARIES = Object.values(PREFIXES);

/**
 * Every deai:Project whose IRI ends in `…/project/{slug}`: its rdfs:label, skos:altLabels and the http(s) IRIs it
 * links to outside the graph's own base (the table's reference, whitepapers, docs, code).
 */
export function quadsToIdentities(quads: readonly Quad[]): ProjectIdentity[] {
  const projects = new Map<string, { slug: string; base: string; label: string; altLabels: string[]; urls: string[] }>();
  for (const q of quads) {
    if (q.predicate.value !== RDF('type') || q.object.value !== DEAI('Project') || q.subject.termType !== 'NamedNode') continue;
    const at = q.subject.value.lastIndexOf('/project/');
    if (at < 0) continue;
    const slug = q.subject.value.slice(at + '/project/'.length);
    if (slug === '' || slug.includes('/')) continue;
    projects.set(q.subject.value, { slug, base: q.subject.value.slice(0, at + 1), label: '', altLabels: [], urls: [] });
  }
  for (const q of quads) {
    const project = projects.get(q.subject.value);
    if (!project) continue;
    if (q.predicate.value === RDFS('label')) project.label = q.object.value;
    else if (q.predicate.value === SKOS('altLabel')) project.altLabels.push(q.object.value);
    else if (q.object.termType === 'NamedNode' && /^https?:\/\//i.test(q.object.value) && !q.object.value.startsWith(project.base) && !VOCABULARIES.some((ns) => q.object.value.startsWith(ns))) {
      project.urls.push(q.object.value);
    }
  }
  return [...projects.values()].map(({ slug, label, altLabels, urls }) => ({ slug, label: label || slug, altLabels: altLabels.sort(), urls: urls.sort() }));
}
