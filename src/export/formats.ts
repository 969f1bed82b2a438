// The export formats, as one declarative list: name, media type, file name, kind, and how each is written.
import type { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { graphWithOntology } from '../graph/knowledge-graph.js';
import { graphToGraphology } from '../projection/graph-to-graphology.js';
import type { JsonLdContext } from './to-jsonld.js';

export type JsonLdForm = 'compacted' | 'expanded' | 'framed';
export const JSONLD_FORMS: readonly JsonLdForm[] = ['compacted', 'expanded', 'framed'];

/** GEXF 1.2 is 1.2draft, the version Gephi and networkx both read; 1.3 adds edge kinds (Gephi 0.10+). */
export const GEXF_VERSIONS = ['1.2', '1.3'] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];

export interface ExportInput {
  readonly graph: KnowledgeGraph;
  /** ontology/context.jsonld, embedded in JSON-LD output (never fetched). */
  readonly context: JsonLdContext;
}

export interface ExportOptions {
  /** JSON-LD only; default compacted. */
  readonly jsonldForm?: JsonLdForm;
  /** Single-graph RDF formats only: add the ontology's quads to the data (for Protégé). Default false. */
  readonly withOntology?: boolean;
  /** GEXF only: 1.2 (1.2draft, read by Gephi and networkx; the default) or 1.3. */
  readonly gexfVersion?: GexfVersion;
}

/** The options a format takes (the CLI refuses the others for that format). */
export type ExportOptionName = keyof ExportOptions;

interface FormatBase {
  readonly name: string;
  readonly title: string;
  /** IANA media type where one is registered; the conventional one otherwise. */
  readonly mediaType: string;
  readonly accepts: readonly ExportOptionName[];
}

/** One file: RDF (the triples of the graph) or a graph-tool format (the property-graph projection). */
export interface FileFormat extends FormatBase {
  readonly kind: 'rdf' | 'graph';
  readonly extension: string;
  /** The file name used when --out is a directory. */
  readonly fileName: string;
  write(input: ExportInput, options?: ExportOptions): Promise<string>;
}

/** Several files, written together into a directory. */
export interface DirectoryFormat extends FormatBase {
  readonly kind: 'directory';
  readonly extension: string;
  readonly files: readonly string[];
  write(input: ExportInput, options?: ExportOptions): Promise<Readonly<Record<string, string>>>;
}

export type ExportFormat = FileFormat | DirectoryFormat;

/** The quads of a single-graph RDF export: the data, plus the ontology when asked. */
function rdfQuads(input: ExportInput, options: ExportOptions = {}) {
  return options.withOntology ? graphWithOntology(input.graph) : input.graph.quads;
}

/** The one RDF → property-graph projection the viewer also draws (src/projection). */
function projection(input: ExportInput): MultiDirectedGraph {
  return graphToGraphology(input.graph);
}

// Serialisers load on first use: `deai-kg build` and `query` do not pay for rdflib, XML or CSV libraries.
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    name: 'ttl', title: 'Turtle', kind: 'rdf', mediaType: 'text/turtle', extension: 'ttl', fileName: 'deai.ttl', accepts: ['withOntology'],
    write: async (input, options) => (await import('./to-turtle.js')).quadsToTurtle(rdfQuads(input, options)),
  },
  {
    name: 'jsonld', title: 'JSON-LD (compacted, expanded or framed)', kind: 'rdf', mediaType: 'application/ld+json', extension: 'jsonld', fileName: 'deai.jsonld',
    accepts: ['jsonldForm', 'withOntology'],
    write: async (input, options = {}) => {
      const quads = rdfQuads(input, options);
      const form = options.jsonldForm ?? 'compacted';
      if (form === 'framed') return (await import('./to-framed-jsonld.js')).quadsToFramedJsonLd(quads, input.context);
      const jsonld = await import('./to-jsonld.js');
      return form === 'expanded' ? jsonld.quadsToExpandedJsonLd(quads) : jsonld.quadsToJsonLd(quads, input.context);
    },
  },
  {
    name: 'nt', title: 'N-Triples', kind: 'rdf', mediaType: 'application/n-triples', extension: 'nt', fileName: 'deai.nt', accepts: ['withOntology'],
    write: async (input, options) => (await import('./to-turtle.js')).quadsToNTriples(rdfQuads(input, options)),
  },
  {
    name: 'nq', title: 'N-Quads (named graphs: ontology, data, provenance)', kind: 'rdf', mediaType: 'application/n-quads', extension: 'nq', fileName: 'deai.nq', accepts: [],
    write: async (input) => (await import('./to-trig.js')).quadsToNQuads((await import('./graph-to-dataset.js')).graphToDataset(input.graph)),
  },
  {
    name: 'trig', title: 'TriG (named graphs: ontology, data, provenance)', kind: 'rdf', mediaType: 'application/trig', extension: 'trig', fileName: 'deai.trig', accepts: [],
    write: async (input) => (await import('./to-trig.js')).quadsToTrig((await import('./graph-to-dataset.js')).graphToDataset(input.graph)),
  },
  {
    name: 'rdfxml', title: 'RDF/XML', kind: 'rdf', mediaType: 'application/rdf+xml', extension: 'rdf', fileName: 'deai.rdf', accepts: ['withOntology'],
    write: async (input, options) => (await import('./to-rdf-xml.js')).quadsToRdfXml(rdfQuads(input, options)),
  },
  {
    name: 'gexf', title: 'GEXF 1.2draft or 1.3 (Gephi, networkx)', kind: 'graph', mediaType: 'application/gexf+xml', extension: 'gexf', fileName: 'deai.gexf', accepts: ['gexfVersion'],
    write: async (input, options = {}) => (await import('./to-gexf.js')).graphologyToGexf(projection(input), options.gexfVersion),
  },
  {
    name: 'graphml', title: 'GraphML (yEd, Cytoscape, networkx)', kind: 'graph', mediaType: 'application/graphml+xml', extension: 'graphml', fileName: 'deai.graphml', accepts: [],
    write: async (input) => (await import('./to-graphml.js')).graphologyToGraphml(projection(input)),
  },
  {
    name: 'graphology', title: 'graphology JSON (the viewer)', kind: 'graph', mediaType: 'application/json', extension: 'json', fileName: 'graph.json', accepts: [],
    write: async (input) => (await import('./to-graphology-json.js')).graphologyToJson(projection(input)),
  },
  {
    name: 'cytoscape', title: 'Cytoscape.js JSON', kind: 'graph', mediaType: 'application/json', extension: 'cyjs', fileName: 'deai.cyjs', accepts: [],
    write: async (input) => (await import('./to-cytoscape.js')).graphologyToCytoscapeJson(projection(input)),
  },
  {
    name: 'csv', title: 'CSV for Neo4j (neo4j-admin import, LOAD CSV)', kind: 'directory', mediaType: 'text/csv', extension: 'csv', accepts: [],
    files: ['nodes.csv', 'relationships.csv', 'load.cypher'],
    write: async (input) => (await import('./to-neo4j-csv.js')).graphologyToNeo4jCsv(projection(input)),
  },
];

export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
