// The JSON-LD that jsonld.js itself makes of some quads (fromRDF with native types → compact → JSON.stringify): the
// ground truth that deai-kg's streaming writer (src/export/jsonld-writer.ts) is checked against. This was deai-kg's
// own pipeline until it cost 280 ms on the survey and could not run at 4.5M triples.
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Writer } from 'n3';
import { sortQuads } from '../../src/export/sort-quads.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

export async function jsonLdOracle(quads: Iterable<Quad>, context: Record<string, unknown>): Promise<string> {
  const nquads = new Writer({ format: 'N-Triples' }).quadsToString(sortQuads(quads));
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads', useNativeTypes: true });
  dropXsdString(expanded);
  const documentLoader = async (url: string): Promise<never> => {
    throw new Error(`no remote documents (${url})`);
  };
  const compacted = await jsonld.compact(expanded, context as jsonld.ContextDefinition, { documentLoader } as jsonld.Options.Compact);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** jsonld.js keeps "@type": xsd:string on plain strings with useNativeTypes; they are plain strings in RDF 1.1. */
function dropXsdString(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) dropXsdString(item);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if ('@value' in record && record['@type'] === XSD_STRING) delete record['@type'];
    for (const value of Object.values(record)) dropXsdString(value);
  }
}
