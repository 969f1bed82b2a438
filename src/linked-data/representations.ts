// The representations of an entity document, as one declarative list: HTML for people, Turtle, JSON-LD, N-Triples, RDF/XML.
import type { JsonLdContext } from '../export/to-jsonld.js';
import type { EntityDocument, EntityIndex } from './entity-index.js';
import { entityToHtml, type PageOptions } from './entity-to-html.js';

export interface RepresentationInput {
  readonly doc: EntityDocument;
  readonly index: EntityIndex;
  /** ontology/context.jsonld, embedded in JSON-LD (nothing is fetched). */
  readonly context: JsonLdContext;
  /** HTML options other than the embedded JSON-LD, which is made here. */
  readonly page: Omit<PageOptions, 'jsonld'>;
}

export interface Representation {
  readonly mediaType: string;
  /** The file extension that names this representation explicitly: `project/bittensor.ttl`. */
  readonly extension: string;
  write(input: RepresentationInput): Promise<string>;
}

// Serialisers load on first use, as in export/formats.ts.
const jsonld = async (input: RepresentationInput): Promise<string> => (await import('../export/to-jsonld.js')).quadsToJsonLd(input.doc.quads, input.context);

/** In the server's order of preference when a client accepts several equally (so "any type" gets HTML). */
export const REPRESENTATIONS: readonly Representation[] = [
  {
    mediaType: 'text/html', extension: 'html',
    write: async (input) => entityToHtml(input.doc, input.index, { ...input.page, jsonld: await jsonld(input) }),
  },
  {
    mediaType: 'text/turtle', extension: 'ttl',
    write: async (input) => {
      const { quadsToTurtle, usedPrefixes } = await import('../export/to-turtle.js');
      return quadsToTurtle(input.doc.quads, usedPrefixes(input.doc.quads));
    },
  },
  { mediaType: 'application/ld+json', extension: 'jsonld', write: jsonld },
  { mediaType: 'application/n-triples', extension: 'nt', write: async (input) => (await import('../export/to-turtle.js')).quadsToNTriples(input.doc.quads) },
  // Last: only for clients that ask for it by name (Python rdflib's default Accept puts it first).
  {
    mediaType: 'application/rdf+xml', extension: 'rdf',
    write: async (input) => {
      const [{ quadsToRdfXml }, { usedPrefixes }] = await Promise.all([import('../export/to-rdf-xml.js'), import('../export/to-turtle.js')]);
      return quadsToRdfXml(input.doc.quads, usedPrefixes(input.doc.quads));
    },
  },
];

export function representationFor(extension: string): Representation | undefined {
  return REPRESENTATIONS.find((r) => r.extension === extension);
}

/** Writes the representation named by its extension (a programming error if there is none). */
export function writeRepresentation(extension: string, input: RepresentationInput): Promise<string> {
  const representation = representationFor(extension);
  if (!representation) throw new Error(`No representation with extension "${extension}"`);
  return representation.write(input);
}
