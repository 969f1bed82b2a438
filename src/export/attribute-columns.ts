// The typed columns of a graph's node or edge attributes, in one order, shared by GraphML, Cytoscape.js and Neo4j CSV.
import type { AbstractGraph as Graph } from 'graphology-types';
import { ATTRIBUTE_RULES } from '../projection/projection-spec.js';

export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

export interface AttributeColumn {
  readonly name: string;
  readonly type: ColumnType;
}

/** Declared types: the layout's coordinates and size are doubles even when a value happens to be whole. */
const DECLARED: Readonly<Record<string, ColumnType>> = {
  x: 'double',
  y: 'double',
  size: 'double',
  ...Object.fromEntries(ATTRIBUTE_RULES.filter((r) => r.datatype === 'integer').map((r) => [r.name, 'int'])),
};

/** Columns that come first when present, so a reader sees what an element is before its details. */
const LEADING: Readonly<Record<'node' | 'edge', readonly string[]>> = {
  node: ['label', 'type', 'iri'],
  edge: ['relation', 'predicate'],
};

/** Every attribute name used by the nodes (or edges): leading names, then the rest in code-point order. */
export function attributeColumns(graph: Graph, kind: 'node' | 'edge'): AttributeColumn[] {
  const values = new Map<string, unknown[]>();
  const collect = (attributes: Record<string, unknown>): void => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const list = values.get(name);
      if (list) list.push(value);
      else values.set(name, [value]);
    }
  };
  if (kind === 'node') graph.forEachNode((_key, attributes) => collect(attributes));
  else graph.forEachEdge((_key, attributes) => collect(attributes));
  const leading = LEADING[kind].filter((name) => values.has(name));
  const rest = [...values.keys()].filter((name) => !leading.includes(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...leading, ...rest].map((name) => ({ name, type: DECLARED[name] ?? inferType(values.get(name) ?? []) }));
}

/** Undeclared attributes: booleans; whole numbers (32-bit) as int, other numbers double; anything else string. */
function inferType(values: readonly unknown[]): ColumnType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v) && Math.abs(v as number) <= 0x7fffffff) ? 'int' : 'double';
  return 'string';
}

/** The value as text for a typed column (numbers in JavaScript's shortest round-trip form). */
export function columnText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
