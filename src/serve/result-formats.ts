// The SPARQL protocol's result formats, as one declarative list: media type, short names, which results, who writes it.
// SELECT and ASK results in the W3C formats are written by the engine (Oxigraph); graph results by deai-kg's writers.
import type { JsonLdContext } from '../export/to-jsonld.js';
import type { QueryResult, ResultsMediaType } from '../sparql/sparql-engine.js';
import { negotiate } from './negotiate.js';

export type ResultKind = QueryResult['type'];

type Graph = Extract<QueryResult, { type: 'quads' }>;

interface FormatBase {
  readonly mediaType: string;
  /** Names a `format=` (or `output=`) parameter may use instead of Accept, as many endpoints allow. */
  readonly names: readonly string[];
  /** bindings: SELECT; boolean: ASK; quads: CONSTRUCT and DESCRIBE. */
  readonly kinds: readonly ResultKind[];
}

/** SELECT and ASK results, written by the engine in this W3C format. */
export interface EngineFormat extends FormatBase {
  readonly engineWrites: ResultsMediaType;
}

/** CONSTRUCT and DESCRIBE results, written here from the quads. */
export interface GraphFormat extends FormatBase {
  write(result: Graph, context: JsonLdContext): Promise<string>;
}

export type ResultFormat = EngineFormat | GraphFormat;

const rdf = () => import('../export/to-turtle.js');

/** In the server's order of preference: a client that accepts anything gets SPARQL JSON or Turtle. */
export const RESULT_FORMATS: readonly ResultFormat[] = [
  { mediaType: 'application/sparql-results+json', names: ['json', 'srj'], kinds: ['bindings', 'boolean'], engineWrites: 'application/sparql-results+json' },
  { mediaType: 'application/sparql-results+xml', names: ['xml', 'srx'], kinds: ['bindings', 'boolean'], engineWrites: 'application/sparql-results+xml' },
  // CSV and TSV are defined for SELECT only (SPARQL 1.1 Query Results CSV and TSV Formats, §1).
  { mediaType: 'text/csv', names: ['csv'], kinds: ['bindings'], engineWrites: 'text/csv' },
  { mediaType: 'text/tab-separated-values', names: ['tsv'], kinds: ['bindings'], engineWrites: 'text/tab-separated-values' },
  // Plain JSON clients (fetch(…, {headers: {accept: 'application/json'}})) get SPARQL JSON under the type they asked for.
  { mediaType: 'application/json', names: [], kinds: ['bindings', 'boolean'], engineWrites: 'application/sparql-results+json' },
  {
    mediaType: 'text/turtle', names: ['turtle', 'ttl'], kinds: ['quads'],
    write: async (r) => {
      const { quadsToTurtle, usedPrefixes } = await rdf();
      return quadsToTurtle(r.quads, usedPrefixes(r.quads));
    },
  },
  {
    mediaType: 'application/ld+json', names: ['jsonld', 'json-ld'], kinds: ['quads'],
    write: async (r, context) => (await import('../export/to-jsonld.js')).quadsToJsonLd(r.quads, context),
  },
  { mediaType: 'application/n-triples', names: ['nt', 'ntriples', 'n-triples'], kinds: ['quads'], write: async (r) => (await rdf()).quadsToNTriples(r.quads) },
  {
    mediaType: 'application/rdf+xml', names: ['rdfxml', 'rdf+xml', 'xml'], kinds: ['quads'],
    write: async (r) => (await import('../export/to-rdf-xml.js')).quadsToRdfXml(r.quads, (await rdf()).usedPrefixes(r.quads)),
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

/**
 * The first `max` rows of SELECT results as the engine wrote them, and whether rows were cut. Each format is cut
 * where its rows end: JSON by its bindings, XML before the first `<result>` too many (text cannot hold a raw `<`),
 * TSV at line ends (its terms escape new lines), CSV at CRLFs outside quoted fields.
 */
export function firstRows(text: string, mediaType: ResultsMediaType, max: number): { body: string; truncated: boolean } {
  if (mediaType === 'application/sparql-results+json') {
    const json = JSON.parse(text) as { results?: { bindings: unknown[] } };
    if (!json.results || json.results.bindings.length <= max) return { body: text, truncated: false };
    return { body: JSON.stringify({ ...json, results: { ...json.results, bindings: json.results.bindings.slice(0, max) } }), truncated: true };
  }
  if (mediaType === 'application/sparql-results+xml') {
    let at = -1;
    for (let i = 0; i <= max; i++) {
      at = text.indexOf('<result>', at + 1);
      if (at < 0) return { body: text, truncated: false };
    }
    return { body: `${text.slice(0, at)}</results></sparql>`, truncated: true };
  }
  const ends = mediaType === 'text/csv' ? csvRowEnds(text) : [...text.matchAll(/\n/g)].map((m) => (m.index as number) + 1);
  // ends[0] closes the header line; ends[max] closes row max.
  if (ends.length <= max + 1) return { body: text, truncated: false };
  return { body: text.slice(0, ends[max]), truncated: true };
}

/** Offsets just past each CRLF that ends a CSV record (a quoted field may hold line breaks of its own). */
function csvRowEnds(text: string): number[] {
  const ends: number[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && text[i + 1] === '\n') ends.push(++i + 1);
  }
  return ends;
}
