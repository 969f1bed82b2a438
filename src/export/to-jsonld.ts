// Quads → JSON-LD: compacted with ontology/context.jsonld (the context embedded, offline readers fetch nothing) by the
// streaming writer, or expanded through jsonld.js.
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { RDF, XSD } from '../vocab/namespaces.js';
import { type JsonLdContext, quadsToCompactJsonLd } from './jsonld-writer.js';
import { sortQuads } from './sort-quads.js';
import { quadsToNTriples } from './to-turtle.js';

export type { JsonLdContext };

/** Never a remote context or document: the document loader refuses every URL. */
export async function refuseRemoteDocuments(url: string): Promise<never> {
  throw new Error(`JSON-LD tried to load ${url}; deai-kg embeds its context and loads nothing`);
}

/** An expanded JSON-LD node object (typed here, not as jsonld.js's, so the published types need no @types/jsonld). */
export type JsonLdNode = Readonly<Record<string, unknown>>;

/** The graph as expanded JSON-LD node objects (one per subject, in subject order), integers as JSON numbers. */
export async function quadsToJsonLdNodes(quads: Iterable<Quad>): Promise<JsonLdNode[]> {
  const expanded = await jsonld.fromRDF(quadsToNTriples(sortQuads(quads)), { format: 'application/n-quads', useNativeTypes: true });
  dropXsdString(expanded);
  return expanded as JsonLdNode[];
}

/**
 * Compacted JSON-LD, one node object per subject in the order of the quads. The streaming writer does not write
 * RDF lists (a built graph has none); quads with a list (the SHACL shapes' sh:in) are compacted by jsonld.js, which
 * writes the list as @list.
 */
export async function quadsToJsonLd(quads: Iterable<Quad>, context: JsonLdContext): Promise<string> {
  const all = [...quads];
  if (!all.some((q) => q.object.termType === 'NamedNode' && q.object.value === RDF('nil'))) return quadsToCompactJsonLd(all, context);
  const nodes = await jsonld.fromRDF(quadsToNTriples(sortQuads(all)), { format: 'application/n-quads' });
  const compacted = await jsonld.compact(nodes, context as jsonld.ContextDefinition, { documentLoader: refuseRemoteDocuments } as jsonld.Options.Compact);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** Expanded form: full IRIs, every value an array, no context (what `jsonld.expand` gives for the compacted document). */
export async function quadsToExpandedJsonLd(quads: Iterable<Quad>): Promise<string> {
  return `${JSON.stringify(await quadsToJsonLdNodes(quads), null, 2)}\n`;
}

/** jsonld.js keeps "@type": xsd:string on plain strings with useNativeTypes; they are plain strings in RDF 1.1. */
function dropXsdString(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) dropXsdString(item);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if ('@value' in record && record['@type'] === XSD('string')) delete record['@type'];
    for (const value of Object.values(record)) dropXsdString(value);
  }
}
