// Neo4j names for the projection: node labels, relationship types and typed property columns of neo4j-admin's CSV header.
import { ATTRIBUTE_RULES, NAME_SEPARATOR, NODE_RULES } from '../projection/projection-spec.js';
import { type AttributeColumn, columnText } from './attribute-columns.js';

/**
 * A property column of neo4j-admin's header: `name` for strings, `name:int`, `name:double`, `name:boolean`, and
 * `name:string[]` for a list of names (altLabels), its items joined by the array delimiter.
 */
export interface Neo4jColumn extends AttributeColumn {
  readonly header: string;
  /** How the projection joins this attribute's items (altLabels: " | "); set for string[] columns only. */
  readonly listSeparator?: string;
}

/** Attributes the projection joins from several names: string[] properties in Neo4j rather than one joined string. */
const NAME_LISTS: ReadonlySet<string> = new Set(ATTRIBUTE_RULES.filter((r) => r.separator === NAME_SEPARATOR).map((r) => r.name));

/**
 * neo4j-admin's array delimiter is ";" by default and has no escape: when an item holds a ";", the next of these
 * that no item holds is used instead (load.cypher then names it, for `--array-delimiter`).
 */
const ARRAY_DELIMITERS = [';', '|', '^', '~'] as const;

export function arrayDelimiter(items: Iterable<string>): string {
  const all = [...items];
  const free = ARRAY_DELIMITERS.find((d) => all.every((item) => !item.includes(d)));
  if (free === undefined) throw new Error(`Every array delimiter (${ARRAY_DELIMITERS.join(' ')}) occurs in a list item of the Neo4j CSV`);
  return free;
}

/** The items of a string[] column's value. */
export function listItems(column: Neo4jColumn, value: unknown): string[] {
  return value === undefined || value === null || value === '' ? [] : String(value).split(column.listSeparator as string);
}

/** A cell of nodes.csv or relationships.csv: a list's items joined by the array delimiter, anything else as text. */
export function neo4jCell(column: Neo4jColumn, value: unknown, delimiter: string): string {
  return column.listSeparator ? listItems(column, value).join(delimiter) : columnText(value);
}

/** The node label of each projection type: the local name of its class (deai:LifecycleStage → LifecycleStage). */
const LABELS: ReadonlyMap<string, string> = new Map(NODE_RULES.map((r) => [r.type, r.class.slice(Math.max(r.class.lastIndexOf('#'), r.class.lastIndexOf('/')) + 1)]));

export function nodeLabel(type: unknown): string {
  const text = String(type ?? 'Node');
  return LABELS.get(text) ?? text.charAt(0).toUpperCase() + text.slice(1);
}

/** coversStage → COVERS_STAGE: Neo4j's convention for relationship types. */
export function relationshipType(relation: unknown): string {
  return String(relation ?? 'RELATED_TO').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

const NEO4J_TYPES: Readonly<Record<AttributeColumn['type'], string>> = { string: '', int: ':int', double: ':double', boolean: ':boolean' };

export function neo4jColumns(columns: readonly AttributeColumn[]): Neo4jColumn[] {
  return columns.map((c) =>
    NAME_LISTS.has(c.name) && c.type === 'string' ? { ...c, header: `${c.name}:string[]`, listSeparator: NAME_SEPARATOR } : { ...c, header: `${c.name}${NEO4J_TYPES[c.type]}` },
  );
}
