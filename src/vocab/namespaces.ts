// Every IRI the code spells out lives here; terms the ontology defines by label are read from ontology/.

/** A namespace: call it with a local name to get the IRI string. */
export type Namespace = ((local: string) => string) & { readonly iri: string };

export function createNamespace(iri: string): Namespace {
  const ns = (local: string): string => iri + local;
  return Object.assign(ns, { iri });
}

export const RDF = createNamespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#');
export const RDFS = createNamespace('http://www.w3.org/2000/01/rdf-schema#');
export const OWL = createNamespace('http://www.w3.org/2002/07/owl#');
export const XSD = createNamespace('http://www.w3.org/2001/XMLSchema#');
export const SKOS = createNamespace('http://www.w3.org/2004/02/skos/core#');
export const DCTERMS = createNamespace('http://purl.org/dc/terms/');
export const PROV = createNamespace('http://www.w3.org/ns/prov#');
export const SCHEMA = createNamespace('http://schema.org/');
export const FOAF = createNamespace('http://xmlns.com/foaf/0.1/');
export const DOAP = createNamespace('http://usefulinc.com/ns/doap#');
export const BIBO = createNamespace('http://purl.org/ontology/bibo/');
export const VOID = createNamespace('http://rdfs.org/ns/void#');
export const DCAT = createNamespace('http://www.w3.org/ns/dcat#');
export const DEAI = createNamespace('https://w3id.org/deai/ontology#');

/** Where the vocabulary's documents live, whatever the base of instance IRIs: the ontology, its shapes, its context. */
export const DEAI_HOME = 'https://w3id.org/deai/';
/** The ontology document IRI (owl:Ontology). */
export const DEAI_ONTOLOGY = `${DEAI_HOME}ontology`;
/** The SHACL shapes document (ontology/shapes.ttl); its shapes are `…/shapes#Name`. */
export const DEAI_SHAPES = `${DEAI_HOME}shapes`;
/** Where ontology/context.jsonld is published, for JSON-LD documents that name their context by IRI. */
export const DEAI_CONTEXT = `${DEAI_HOME}context.jsonld`;
/** Default base for instance IRIs (projects, assessments, …); configurable per build. */
export const DEFAULT_BASE = 'https://w3id.org/deai/';

/** Prefixes written into Turtle and used in queries, in a fixed order. */
export const PREFIXES: Readonly<Record<string, string>> = {
  deai: DEAI.iri,
  rdf: RDF.iri,
  rdfs: RDFS.iri,
  owl: OWL.iri,
  xsd: XSD.iri,
  skos: SKOS.iri,
  dcterms: DCTERMS.iri,
  prov: PROV.iri,
  schema: SCHEMA.iri,
  foaf: FOAF.iri,
  void: VOID.iri,
  dcat: DCAT.iri,
  bibo: BIBO.iri,
};

/** Where the survey comes from (see data/SOURCE.md). */
export const SURVEY_REPOSITORY = 'https://github.com/FLock-io/awesome-decentralized-ai';
export const SURVEY_PAPER = 'https://arxiv.org/abs/2411.17461';

/** The last segment of an IRI: "…ontology#TaskProposing" → "TaskProposing". */
export function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}
