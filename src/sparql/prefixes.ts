// The prefixes every SPARQL entry point predeclares (CLI, library, /sparql, viewer), as WDQS does: the vocabularies
// the graph uses and the instance bases of the build. A query's own PREFIX declaration wins over these.
import { BIBO, DEFAULT_BASE, PREFIXES } from '../vocab/namespaces.js';

/** Instance namespaces under the build's base IRI: `project:bittensor` is `<{base}project/bittensor>`. */
const INSTANCE_PATHS = ['project', 'paper', 'assumption', 'stage', 'criterion', 'survey', 'dataset'] as const;

/**
 * The predeclared prefixes for a graph built with `base`, in a fixed order: the vocabularies first
 * (deai, rdf, rdfs, owl, xsd, skos, dcterms, prov, schema, foaf, void, dcat, bibo), then the instance bases.
 */
export function predeclaredPrefixes(base: string = DEFAULT_BASE): Readonly<Record<string, string>> {
  const prefixes: Record<string, string> = { ...PREFIXES, bibo: BIBO.iri };
  for (const path of INSTANCE_PATHS) prefixes[path] = `${base}${path}/`;
  return prefixes;
}
