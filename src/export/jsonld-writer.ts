// Streaming quads → compacted JSON-LD: the same document as jsonld.fromRDF(useNativeTypes) → drop xsd:string →
// jsonld.compact → JSON.stringify(…, null, 2), built one node object per subject and written as it completes.
import type { Quad, Term } from '@rdfjs/types';
import { ActiveContext, type ExpandedValue, type JsonValue } from './jsonld-terms.js';
import { checkedQuads } from '../vocab/is-iri.js';

export type JsonLdContext = Record<string, unknown>;

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = `${RDF}type`;
const RDF_NIL = `${RDF}nil`;
const RDF_JSON = `${RDF}JSON`;
const XSD_STRING = `${XSD}string`;
const XSD_BOOLEAN = `${XSD}boolean`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DOUBLE = `${XSD}double`;
/** Written in pieces of about this many characters. */
const CHUNK = 1 << 16;

/** One property's values, without the duplicates jsonld.js's N-Quads parser drops (a Set only once there are many). */
class Values<T> {
  readonly list: T[] = [];
  private readonly keys: string[] = [];
  private set: Set<string> | undefined;

  add(key: string, value: T): void {
    if (this.set ? this.set.has(key) : this.keys.includes(key)) return;
    if (this.set) this.set.add(key);
    else if (this.keys.push(key) > 16) this.set = new Set(this.keys);
    this.list.push(value);
  }
}

interface PendingNode {
  readonly id: string;
  readonly types: Values<string>;
  readonly properties: Map<string, Values<ExpandedValue>>;
}

/** A subject or object's node identifier as fromRDF writes it, undefined for a literal. */
function nodeId(term: Term): string | undefined {
  if (term.termType === 'NamedNode') return term.value;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType === 'Literal') return undefined;
  throw new Error(`JSON-LD writer: ${term.termType} terms are not supported`);
}

/** jsonld.js isNumeric. */
const isNumeric = (v: string): boolean => !Number.isNaN(parseFloat(v)) && Number.isFinite(Number(v));

/** fromRDF's _RDFToObject with useNativeTypes, then expansion (language lowercased) and xsd:string dropped. */
function literalValue(value: string, datatype: string, language: string): ExpandedValue {
  if (language) return { value, language: language.toLowerCase() };
  if (datatype === XSD_STRING || datatype === '') return { value };
  if (datatype === RDF_JSON) {
    try {
      return { value: JSON.parse(value) as JsonValue, type: '@json' };
    } catch (cause) {
      throw new Error(`JSON-LD writer: rdf:JSON literal could not be parsed: ${value}`, { cause });
    }
  }
  if (datatype === XSD_BOOLEAN) {
    if (value === 'true' || value === '1') return { value: true };
    if (value === 'false' || value === '0') return { value: false };
  } else if (datatype === XSD_INTEGER) {
    if (isNumeric(value)) {
      const i = parseInt(value, 10);
      // jsonld.js keeps a numeric lexical form that does not round-trip (007, -0, 2^53+1) as a plain string
      return i.toFixed(0) === value ? { value: i } : { value };
    }
  } else if (datatype === XSD_DOUBLE) {
    if (isNumeric(value)) return { value: parseFloat(value) };
  }
  return { value, type: datatype };
}

/** util.addValue without duplicate checks: arrays are added element by element; an empty one makes the key an array. */
function addValue(slots: Map<string, { list: JsonValue[]; array: boolean }>, key: string, value: JsonValue, asArray: boolean): void {
  if (Array.isArray(value)) {
    if (value.length === 0 && asArray && !slots.has(key)) slots.set(key, { list: [], array: true });
    for (const item of value) addValue(slots, key, item, asArray);
    return;
  }
  const slot = slots.get(key);
  if (slot) {
    slot.list.push(value);
    slot.array = true;
  } else slots.set(key, { list: [value], array: asArray });
}

export class JsonLdWriter {
  private readonly context: ActiveContext;
  private readonly graphKey: string;
  private node: PendingNode | undefined;
  /** The first node object, kept until a second one decides between a top-level node and "@graph". */
  private first: Record<string, JsonValue> | undefined;
  private count = 0;
  private buffer = '';
  private ended = false;

  constructor(
    context: JsonLdContext,
    private readonly write: (chunk: string) => void,
  ) {
    this.context = new ActiveContext(context);
    this.graphKey = this.context.alias('@graph');
  }

  /** Adds quads (default graph only). Consecutive quads with the same subject form one node object; a node is written when the subject changes. */
  add(quad: Quad): void {
    if (this.ended) throw new Error('JSON-LD writer: add() after end()');
    if (quad.graph.termType !== 'DefaultGraph') throw new Error(`JSON-LD writer: named graphs are not supported (quad in graph ${quad.graph.value})`);
    const subject = nodeId(quad.subject);
    if (subject === undefined) throw new Error('JSON-LD writer: a literal cannot be a subject');
    if (this.node?.id !== subject) {
      this.finishNode();
      this.node = { id: subject, types: new Values(), properties: new Map() };
    }
    const predicate = quad.predicate.value;
    const object = quad.object;
    let values = this.node.properties.get(predicate);
    if (object.termType === 'Literal') {
      const text = object.value;
      const datatype = object.datatype.value;
      const language = object.language;
      if (!values) this.node.properties.set(predicate, (values = new Values()));
      values.add(`\u0000${datatype}\u0000${language}\u0000${text}`, literalValue(text, datatype, language));
      return;
    }
    const id = nodeId(object)!;
    if (id === RDF_NIL) throw new Error('JSON-LD writer: RDF lists (rdf:nil objects) are not supported; jsonld.js would turn them into @list');
    if (predicate === RDF_TYPE) return this.node.types.add(id, id);
    if (!values) this.node.properties.set(predicate, (values = new Values()));
    values.add(id, { id });
  }

  addAll(quads: Iterable<Quad>): void {
    for (const quad of quads) this.add(quad);
  }

  /** Writes the last node and closes the document. */
  end(): void {
    if (this.ended) return;
    this.finishNode();
    this.ended = true;
    const embedded = this.context.embedded;
    if (this.count <= 1) {
      const document: Record<string, JsonValue> = embedded === undefined ? {} : { '@context': embedded };
      for (const key in this.first) document[key] = this.first[key]!;
      this.write(`${JSON.stringify(document, null, 2)}\n`);
      return;
    }
    this.buffer += '\n  ]\n}\n';
    this.flush();
  }

  /** compact.js on one fromRDF node object: @id, @type, then properties by sorted IRI, values in quad order. */
  private finishNode(): void {
    const node = this.node;
    if (!node) return;
    this.node = undefined;
    const context = this.context;
    const slots = new Map<string, { list: JsonValue[]; array: boolean }>();
    const object: Record<string, JsonValue> = {};
    object[context.alias('@id')] = context.compactIri(node.id, false);
    if (node.types.list.length > 0) {
      const types = node.types.list.map((type) => context.vocabIri(type));
      object[context.alias('@type')] = types.length === 1 ? types[0]! : types;
    }
    for (const predicate of [...node.properties.keys()].sort()) {
      for (const value of node.properties.get(predicate)!.list) {
        const key = context.propertyKey(predicate, value);
        const compacted = context.compactValue(key, value);
        addValue(slots, key, compacted, Array.isArray(compacted) && compacted.length === 0);
      }
    }
    for (const [key, { list, array }] of slots) object[key] = array || list.length !== 1 ? list : list[0]!;
    this.emit(object);
  }

  private emit(object: Record<string, JsonValue>): void {
    this.count += 1;
    if (this.count === 1) {
      this.first = object;
      return;
    }
    if (this.count === 2) {
      const embedded = this.context.embedded;
      this.buffer += '{\n';
      if (embedded !== undefined) this.buffer += `  "@context": ${indent(JSON.stringify(embedded, null, 2), '  ')},\n`;
      this.buffer += `  ${JSON.stringify(this.graphKey)}: [\n    ${nested(this.first!)}`;
      this.first = undefined;
    }
    this.buffer += `,\n    ${nested(object)}`;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer;
    this.buffer = '';
    this.write(chunk);
  }
}

/** JSON text nested `prefix` deeper (JSON.stringify never leaves a raw newline inside a string). */
function indent(json: string, prefix: string): string {
  return json.replaceAll('\n', `\n${prefix}`);
}

/** A node object as JSON.stringify(…, null, 2) writes it two levels deep, inside "@graph": [ … ]. */
function nested(node: Record<string, JsonValue>): string {
  const json = JSON.stringify([[node]], null, 2);
  return json.slice(10, -6); // '[\n  [\n    ' … '\n  ]\n]'
}

/** Whole document as a string (groups quads by subject first, in order of first appearance). */
export function quadsToCompactJsonLd(quads: Iterable<Quad>, context: JsonLdContext): string {
  const chunks: string[] = [];
  writeCompactJsonLd(quads, context, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/** The same document passed to `write` as it is made (a site's named graph of 1.4M triples is ~80 MB of text). */
export function writeCompactJsonLd(quads: Iterable<Quad>, context: JsonLdContext, write: (chunk: string) => void): void {
  const bySubject = new Map<string, Quad[]>();
  for (const quad of checkedQuads(quads)) {
    const key = `${quad.subject.termType === 'BlankNode' ? '_:' : ''}${quad.subject.value}`;
    const group = bySubject.get(key);
    if (group) group.push(quad);
    else bySubject.set(key, [quad]);
  }
  const writer = new JsonLdWriter(context, write);
  for (const group of bySubject.values()) writer.addAll(group);
  writer.end();
}
