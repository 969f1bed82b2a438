// The RDF formats `deai-kg export` writes as a stream, group by group as the graph is mapped, so their size is bounded
// by the disk, not by V8's longest string: N-Triples, Turtle, N-Quads, TriG, compacted JSON-LD (one node object per
// subject) and expanded JSON-LD (a stream of node objects). Framed JSON-LD and RDF/XML need the whole graph, and so
// do the graph formats (the property-graph projection): they are built in memory (src/export/formats.ts).
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { datasetIri, surveyIri } from '../map/survey-quads.js';
import { IriGuard } from '../vocab/is-iri.js';
import { RDF } from '../vocab/namespaces.js';
import { namedGraphIri } from './graph-to-dataset.js';
import { type GraphWriter, graphWriter, nQuadsWriter, type TextSink, turtleLinesWriter } from './graph-writers.js';
import type { JsonLdContext } from './jsonld-writer.js';

export interface StreamExportOptions {
  readonly context: JsonLdContext;
  readonly base: string;
  /** The ontology's quads: the `ontology` graph of N-Quads and TriG, and the data's company with `withOntology`. */
  readonly ontology: readonly Quad[];
  readonly withOntology?: boolean;
  readonly jsonldForm?: 'compacted' | 'expanded' | 'framed';
}

/**
 * A writer of the format that takes the graph group by group, or undefined when the format (or this form of it)
 * needs the whole graph. Single-graph formats with `withOntology` write the ontology's quads after the data, as
 * the in-memory export does; N-Quads and TriG write the ontology graph first.
 */
export function streamExportWriter(format: string, sink: TextSink, options: StreamExportOptions): GraphWriter | undefined {
  const withOntology = (writer: GraphWriter): GraphWriter =>
    options.withOntology ? { add: (quads) => writer.add(quads), end: () => (writer.add(options.ontology), writer.end()) } : writer;
  switch (format) {
    case 'nt':
    case 'ttl':
      return withOntology(graphWriter(format, sink, options.context));
    case 'jsonld': {
      const form = options.jsonldForm ?? 'compacted';
      // The ontology holds RDF lists (owl:unionOf), which only jsonld.js compacts (as @list).
      if (form === 'framed' || (form === 'compacted' && options.withOntology && hasList(options.ontology))) return undefined;
      return withOntology(form === 'compacted' ? graphWriter('jsonld', sink, options.context) : expandedWriter(sink));
    }
    case 'nq':
    case 'trig':
      return datasetWriter(format, sink, options);
    default:
      return undefined;
  }
}

function hasList(quads: readonly Quad[]): boolean {
  return quads.some((q) => q.object.termType === 'NamedNode' && q.object.value === RDF('nil'));
}

/**
 * N-Quads or TriG in three named graphs (graph-to-dataset.ts): the ontology, then each group's quads in the graph
 * of their subject, provenance (the survey node, its columns, the dataset description) or data. TriG opens a graph
 * block where the graph changes, so provenance has a block at the start and one at the end.
 */
function datasetWriter(format: 'nq' | 'trig', sink: TextSink, options: StreamExportOptions): GraphWriter {
  const guard = new IriGuard();
  // TriG is Turtle whose quads name their graphs, N-Quads N-Triples with a fourth term: both writers take them.
  const writer = format === 'trig' ? turtleLinesWriter(sink) : nQuadsWriter(sink);
  const graph = (name: 'ontology' | 'data' | 'provenance') => DataFactory.namedNode(namedGraphIri(options.base, name));
  const [ontology, data, provenance] = [graph('ontology'), graph('data'), graph('provenance')];
  const provenanceSubjects = [surveyIri(options.base), datasetIri(options.base)];
  const isProvenance = (q: Quad): boolean => provenanceSubjects.some((s) => q.subject.value === s || q.subject.value.startsWith(`${s}/`));
  const add = (quads: readonly Quad[], named?: Quad['graph']): void => {
    guard.group(quads);
    writer.add(quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, named ?? (isProvenance(q) ? provenance : data))));
  };
  add(options.ontology, ontology);
  return { add: (quads) => add(quads), end: () => writer.end() };
}

/**
 * Expanded JSON-LD as a stream of node objects: `[`, each subject's node object (full IRIs, every value an array,
 * integers and booleans as JSON values, as jsonld.fromRDF with useNativeTypes writes them), `]`. Nodes come in the
 * graph's order, not sorted by IRI as jsonld.js sorts them; the document is the same graph.
 */
function expandedWriter(sink: TextSink): GraphWriter {
  const guard = new IriGuard();
  let first = true;
  let pending: { id: string; node: Record<string, unknown> } | undefined;
  const flush = (): void => {
    if (!pending) return;
    const json = JSON.stringify([pending.node], null, 2).slice(2, -2);
    sink.write(`${first ? '[\n' : ',\n'}${json}`);
    first = false;
    pending = undefined;
  };
  return {
    add: (quads) => {
      guard.group(quads);
      for (const q of quads) {
        const id = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
        if (pending?.id !== id) {
          flush();
          pending = { id, node: { '@id': id } };
        }
        const node = pending.node as Record<string, unknown[]>;
        if (q.predicate.value === RDF('type') && q.object.termType !== 'Literal') {
          const types = (node['@type'] ??= []) as string[];
          const type = objectId(q.object);
          if (!types.includes(type)) types.push(type);
          continue;
        }
        const values = (node[q.predicate.value] ??= []);
        const value = expandedValue(q.object);
        const key = JSON.stringify(value);
        if (!values.some((v) => JSON.stringify(v) === key)) values.push(value);
      }
    },
    end: () => {
      flush();
      sink.write(first ? '[]\n' : '\n]\n');
      sink.end();
    },
  };
}

function objectId(term: Quad['object']): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** An object as jsonld.fromRDF(useNativeTypes: true) expands it, xsd:string left implicit. */
function expandedValue(term: Quad['object']): Record<string, unknown> {
  if (term.termType !== 'Literal') return { '@id': objectId(term) };
  const type = term.datatype.value;
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (type === `${XSD}string`) return { '@value': term.value };
  if (type === `${XSD}boolean` && (term.value === 'true' || term.value === 'false')) return { '@value': term.value === 'true' };
  if (type === `${XSD}integer` && /^[+-]?\d+$/.test(term.value) && Number.isSafeInteger(Number(term.value))) return { '@value': Number(term.value) };
  if (type === `${XSD}double` && Number.isFinite(Number(term.value))) return { '@value': Number(term.value) };
  return { '@value': term.value, '@type': type };
}
