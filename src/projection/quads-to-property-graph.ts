// RDF quads (data + ontology) → a property graph by the declared projection: plain, serialisable, ordered.
import type { Quad } from '@rdfjs/types';
import { checkedQuads } from '../vocab/is-iri.js';
import { RDF } from '../vocab/namespaces.js';
import { ATTRIBUTE_RULES, EDGE_RULES, NODE_RULES, type NodeType, type Relation, TABLE_COLUMN_RULE } from './projection-spec.js';

export type AttributeValue = string | number;

export interface PropertyNode {
  /** The resource's IRI. */
  readonly key: string;
  readonly attributes: { type: NodeType; label: string; iri: string } & Record<string, AttributeValue>;
}

export interface PropertyEdge {
  /** `relation:source->target`, unique and stable. */
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: { relation: Relation; predicate: string } & Record<string, AttributeValue>;
}

export interface PropertyGraph {
  readonly nodes: readonly PropertyNode[];
  readonly edges: readonly PropertyEdge[];
}

export function quadsToPropertyGraph(quads: readonly Quad[]): PropertyGraph {
  // Node keys, `iri` attributes and links become attribute values of GEXF, GraphML, JSON and CSV: IRIs only.
  checkedQuads(quads);
  const typeOf = new Map<string, (typeof NODE_RULES)[number]>();
  for (const rule of NODE_RULES) {
    for (const q of quads) {
      if (q.predicate.value === RDF('type') && q.object.value === rule.class && !typeOf.has(q.subject.value)) typeOf.set(q.subject.value, rule);
    }
  }
  const edgeRules = new Map(EDGE_RULES.map((r) => [r.predicate, r]));
  const candidates: PropertyEdge[] = [];
  for (const q of quads) {
    const rule = edgeRules.get(q.predicate.value);
    if (!rule || !typeOf.has(q.subject.value) || !typeOf.has(q.object.value)) continue;
    const key = `${rule.relation}:${q.subject.value}->${q.object.value}`;
    candidates.push({ key, source: q.subject.value, target: q.object.value, attributes: { relation: rule.relation, predicate: rule.predicate, ...rule.attributes } });
  }
  const kept = keptNodes(typeOf, candidates);
  const edges = dedupe(candidates.filter((e) => kept.has(e.source) && kept.has(e.target)));
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    if (!kept.has(q.subject.value)) continue;
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  const columns = tableColumns(quads);
  const nodes = [...kept].sort().map((iri) => {
    const node = toNode(iri, typeOf.get(iri)?.type as NodeType, bySubject.get(iri) ?? []);
    const column = columns.get(iri);
    return column ? { ...node, attributes: { ...node.attributes, tableColumn: column.index, tableHeader: column.header } } : node;
  });
  return { nodes, edges: edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

/** "all" nodes, then every "linked" node reached along edges from a kept node (a used assumption and its parents). */
function keptNodes(typeOf: Map<string, (typeof NODE_RULES)[number]>, edges: readonly PropertyEdge[]): Set<string> {
  const kept = new Set([...typeOf].filter(([, rule]) => rule.keep === 'all').map(([iri]) => iri));
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const queue = [...kept];
  while (queue.length > 0) {
    for (const target of out.get(queue.pop() as string) ?? []) {
      if (!kept.has(target)) {
        kept.add(target);
        queue.push(target);
      }
    }
  }
  return kept;
}

/** Concept IRI → the overview-table column that holds it (index and header as written). */
function tableColumns(quads: readonly Quad[]): Map<string, { index: number; header: string }> {
  const facts = new Map<string, { for?: string; index?: number; header?: string }>();
  const fact = (s: string) => facts.get(s) ?? (facts.set(s, {}), facts.get(s) as { for?: string; index?: number; header?: string });
  for (const q of quads) {
    if (q.predicate.value === TABLE_COLUMN_RULE.columnFor) fact(q.subject.value).for = q.object.value;
    else if (q.predicate.value === TABLE_COLUMN_RULE.columnIndex) fact(q.subject.value).index = Number(q.object.value);
  }
  const columns = new Map<string, { index: number; header: string }>();
  const headers = new Map<string, string>();
  for (const q of quads) if (q.predicate.value === TABLE_COLUMN_RULE.header && facts.get(q.subject.value)?.index !== undefined) headers.set(q.subject.value, q.object.value);
  for (const [column, f] of facts) if (f.for && f.index !== undefined) columns.set(f.for, { index: f.index, header: headers.get(column) ?? '' });
  return columns;
}

function dedupe(edges: PropertyEdge[]): PropertyEdge[] {
  const seen = new Map<string, PropertyEdge>();
  for (const e of edges) if (!seen.has(e.key)) seen.set(e.key, e);
  return [...seen.values()];
}

const ATTRIBUTE_BY_PREDICATE = new Map(ATTRIBUTE_RULES.map((r) => [r.predicate, r]));

/** The node's attributes from its own quads; the label is skos:prefLabel, else rdfs:label, else the local name. */
function toNode(iri: string, type: NodeType, own: readonly Quad[]): PropertyNode {
  const values = new Map<string, string[]>();
  for (const q of own) {
    const rule = ATTRIBUTE_BY_PREDICATE.get(q.predicate.value);
    if (rule) values.set(rule.name, [...(values.get(rule.name) ?? []), q.object.value]);
  }
  const first = (name: string): string | undefined => (values.get(name) ?? []).sort()[0];
  const attributes: Record<string, AttributeValue> = { type, iri, label: first('prefLabel') ?? first('label') ?? localName(iri) };
  for (const rule of ATTRIBUTE_RULES) {
    const found = values.get(rule.name);
    if (!found || rule.name === 'label' || rule.name === 'prefLabel') continue;
    const unique = [...new Set(found)].sort();
    attributes[rule.name] = rule.datatype === 'integer' ? Number(unique[0]) : unique.join(rule.separator ?? ' ');
  }
  return { key: iri, attributes: attributes as PropertyNode['attributes'] };
}

function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}
