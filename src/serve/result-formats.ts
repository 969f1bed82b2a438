// The SPARQL protocol's result formats, as one declarative list: media type, short names, which results, writer.
import type { JsonLdContext } from '../export/to-jsonld.js';
import type { QueryResult } from '../sparql/sparql-engine.js';
import { negotiate } from './negotiate.js';

export type ResultKind = QueryResult['type'];

export interface ResultFormat {
  readonly mediaType: string;
  /** Names a `format=` (or `output=`) parameter may use instead of Accept, as many endpoints allow. */
  readonly names: readonly string[];
  /** bindings: SELECT; boolean: ASK; quads: CONSTRUCT and DESCRIBE. */
  readonly kinds: readonly ResultKind[];
  write(result: QueryResult, context: JsonLdContext): Promise<string>;
}

type Select = Extract<QueryResult, { type: 'bindings' }>;
type Ask = Extract<QueryResult, { type: 'boolean' }>;
type Graph = Extract<QueryResult, { type: 'quads' }>;

const results = () => import('../sparql/format-results.js');
const rdf = () => import('../export/to-turtle.js');

/** In the server's order of preference: a client that accepts anything gets SPARQL JSON or Turtle. */
export const RESULT_FORMATS: readonly ResultFormat[] = [
  {
    mediaType: 'application/sparql-results+json', names: ['json', 'srj'], kinds: ['bindings', 'boolean'],
    write: async (r) => (await results()).resultToJson(r as Select | Ask),
  },
  {
    mediaType: 'application/sparql-results+xml', names: ['xml', 'srx'], kinds: ['bindings', 'boolean'],
    write: async (r) => (await import('../sparql/result-to-xml.js')).resultToXml(r as Select | Ask),
  },
  // CSV and TSV are defined for SELECT only (SPARQL 1.1 Query Results CSV and TSV Formats, §1).
  { mediaType: 'text/csv', names: ['csv'], kinds: ['bindings'], write: async (r) => (await results()).resultToCsv(r as Select) },
  { mediaType: 'text/tab-separated-values', names: ['tsv'], kinds: ['bindings'], write: async (r) => (await results()).resultToTsv(r as Select) },
  // Plain JSON clients (fetch(…, {headers: {accept: 'application/json'}})) get SPARQL JSON under the type they asked for.
  { mediaType: 'application/json', names: [], kinds: ['bindings', 'boolean'], write: async (r) => (await results()).resultToJson(r as Select | Ask) },
  {
    mediaType: 'text/turtle', names: ['turtle', 'ttl'], kinds: ['quads'],
    write: async (r) => {
      const { quadsToTurtle, usedPrefixes } = await rdf();
      return quadsToTurtle((r as Graph).quads, usedPrefixes((r as Graph).quads));
    },
  },
  {
    mediaType: 'application/ld+json', names: ['jsonld', 'json-ld'], kinds: ['quads'],
    write: async (r, context) => (await import('../export/to-jsonld.js')).quadsToJsonLd((r as Graph).quads, context),
  },
  { mediaType: 'application/n-triples', names: ['nt', 'ntriples', 'n-triples'], kinds: ['quads'], write: async (r) => (await rdf()).quadsToNTriples((r as Graph).quads) },
  {
    mediaType: 'application/rdf+xml', names: ['rdfxml', 'rdf+xml', 'xml'], kinds: ['quads'],
    write: async (r) => (await import('../export/to-rdf-xml.js')).quadsToRdfXml((r as Graph).quads, (await rdf()).usedPrefixes((r as Graph).quads)),
  },
];

export function resultFormatsFor(kind: ResultKind): ResultFormat[] {
  return RESULT_FORMATS.filter((f) => f.kinds.includes(kind));
}

/** A `format=` parameter naming a format for this kind wins; otherwise the Accept header decides. Undefined → 406. */
export function chooseResultFormat(kind: ResultKind, accept: string | undefined, formatParam?: string): ResultFormat | undefined {
  const formats = resultFormatsFor(kind);
  const named = formatParam?.trim().toLowerCase();
  const byName = named ? formats.find((f) => f.names.includes(named) || f.mediaType === named) : undefined;
  if (byName) return byName;
  const mediaType = negotiate(accept, formats.map((f) => f.mediaType));
  return formats.find((f) => f.mediaType === mediaType);
}

/** The Content-Type header: text formats say their charset; JSON and the RDF formats are UTF-8 by definition. */
export function contentTypeOf(mediaType: string): string {
  return mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType;
}
