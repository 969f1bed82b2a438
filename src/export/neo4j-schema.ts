// Neo4j names for the projection: node labels, relationship types and typed property columns of neo4j-admin's CSV header.
import { NODE_RULES } from '../projection/projection-spec.js';
import type { AttributeColumn } from './attribute-columns.js';

/** A property column of neo4j-admin's header: `name` for strings, `name:int`, `name:double`, `name:boolean`. */
export interface Neo4jColumn extends AttributeColumn {
  readonly header: string;
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
  return columns.map((c) => ({ ...c, header: `${c.name}${NEO4J_TYPES[c.type]}` }));
}
