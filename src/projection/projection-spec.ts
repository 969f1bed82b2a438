// The one declared RDF → property-graph projection, shared by the viewer and every graph-format export.
import { DEAI, RDFS, SKOS } from '../vocab/namespaces.js';

export type NodeType = 'project' | 'stage' | 'capability' | 'assumption' | 'paper';
export type Relation = 'coversStage' | 'hasCapability' | 'reliesOn' | 'listedUnder' | 'broader';

export interface NodeRule {
  /** Resources of this class become nodes of this type. */
  readonly class: string;
  readonly type: NodeType;
  /** "all": every instance; "linked": only those reached by an edge from a kept node (used assumptions and their parents). */
  readonly keep: 'all' | 'linked';
  /** Display colour (legend, GEXF viz:color). */
  readonly color: string;
}

export interface EdgeRule {
  readonly predicate: string;
  readonly relation: Relation;
  /** Extra attributes every edge of this rule carries: the support level (● full, ◑ partial) or certainty. */
  readonly attributes: Readonly<Record<string, string>>;
}

export interface AttributeRule {
  readonly predicate: string;
  readonly name: string;
  readonly datatype: 'string' | 'integer';
  /** Joins several values: " " for URLs (they hold none), " | " for names (they may hold spaces). */
  readonly separator?: string;
}

export const NAME_SEPARATOR = ' | ';

/** Nodes in order of precedence: a resource typed twice takes the first rule that matches. */
export const NODE_RULES: readonly NodeRule[] = [
  { class: DEAI('Project'), type: 'project', keep: 'all', color: '#2563eb' },
  { class: DEAI('Paper'), type: 'paper', keep: 'all', color: '#7c3aed' },
  { class: DEAI('LifecycleStage'), type: 'stage', keep: 'all', color: '#16a34a' },
  { class: DEAI('Capability'), type: 'capability', keep: 'all', color: '#ea580c' },
  { class: DEAI('SecurityAssumption'), type: 'assumption', keep: 'linked', color: '#dc2626' },
];

export const EDGE_RULES: readonly EdgeRule[] = [
  { predicate: DEAI('coversStage'), relation: 'coversStage', attributes: { level: 'full' } },
  { predicate: DEAI('partiallyCoversStage'), relation: 'coversStage', attributes: { level: 'partial' } },
  { predicate: DEAI('hasCapability'), relation: 'hasCapability', attributes: { level: 'full' } },
  { predicate: DEAI('partiallyHasCapability'), relation: 'hasCapability', attributes: { level: 'partial' } },
  { predicate: DEAI('reliesOn'), relation: 'reliesOn', attributes: { certainty: 'stated' } },
  { predicate: DEAI('possiblyReliesOn'), relation: 'reliesOn', attributes: { certainty: 'possible' } },
  { predicate: DEAI('listedUnder'), relation: 'listedUnder', attributes: {} },
  { predicate: SKOS('broader'), relation: 'broader', attributes: {} },
];

/** Literal and link attributes copied onto nodes; several values are joined by the rule's separator (default a space). */
export const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  { predicate: RDFS('label'), name: 'label', datatype: 'string' },
  { predicate: SKOS('prefLabel'), name: 'prefLabel', datatype: 'string' },
  { predicate: SKOS('altLabel'), name: 'altLabels', datatype: 'string', separator: NAME_SEPARATOR },
  { predicate: SKOS('notation'), name: 'notation', datatype: 'string' },
  { predicate: DEAI('sourceLine'), name: 'sourceLine', datatype: 'integer' },
  { predicate: DEAI('securityAssumptionText'), name: 'securityAssumptionText', datatype: 'string' },
  { predicate: DEAI('category'), name: 'category', datatype: 'string' },
  { predicate: DEAI('reference'), name: 'reference', datatype: 'string' },
  { predicate: DEAI('whitepaper'), name: 'whitepaper', datatype: 'string' },
  { predicate: DEAI('documentation'), name: 'documentation', datatype: 'string' },
  { predicate: DEAI('sourceCode'), name: 'sourceCode', datatype: 'string' },
  { predicate: DEAI('paperLink'), name: 'paperLink', datatype: 'string' },
  { predicate: DEAI('authors'), name: 'authors', datatype: 'string' },
  { predicate: DEAI('venue'), name: 'venue', datatype: 'string' },
  { predicate: DEAI('year'), name: 'year', datatype: 'string' },
];

/**
 * Attributes read from the overview table's column descriptions onto the concept a column is for: the column's
 * 1-based index (tableColumn) and its header as written (tableHeader). The viewer's matrix is built from these.
 */
export const TABLE_COLUMN_RULE = {
  columnFor: DEAI('columnFor'),
  columnIndex: DEAI('columnIndex'),
  header: RDFS('label'),
} as const;

export const NODE_COLORS: Readonly<Record<NodeType, string>> = Object.fromEntries(NODE_RULES.map((r) => [r.type, r.color])) as Record<NodeType, string>;
