// The LOAD CSV script (Neo4j 5 Cypher) that loads nodes.csv and relationships.csv into the same graph neo4j-admin import makes.
import type { AbstractGraph as Graph } from 'graphology-types';
import { type Neo4jColumn, nodeLabel, relationshipType } from './neo4j-schema.js';
import { cypherUnmarked } from './spreadsheet-safe.js';

const CAST: Readonly<Record<Neo4jColumn['type'], (field: string) => string>> = {
  string: (field) => cypherUnmarked(field),
  int: (field) => `toInteger(${field})`,
  double: (field) => `toFloat(${field})`,
  boolean: (field) => `toBoolean(${field})`,
};

/**
 * One statement per node label and per relationship type, so every MATCH goes through a uniqueness constraint on
 * `iri`. Labels and the endpoint labels of each relationship type come from the graph, not from a fixed list.
 */
export function neo4jLoadScript(graph: Graph, nodeColumns: readonly Neo4jColumn[], edgeColumns: readonly Neo4jColumn[], arrayDelimiter = ';'): string {
  const labelOf = new Map<string, string>();
  graph.forEachNode((key, attributes) => labelOf.set(key, nodeLabel(attributes.type)));
  const labels = [...new Set(labelOf.values())].sort();
  const ends = new Map<string, { from: Set<string>; to: Set<string> }>();
  graph.forEachEdge((_key, attributes, source, target) => {
    const type = relationshipType(attributes.relation);
    const entry = ends.get(type) ?? { from: new Set<string>(), to: new Set<string>() };
    entry.from.add(labelOf.get(source) as string);
    entry.to.add(labelOf.get(target) as string);
    ends.set(type, entry);
  });
  const cast = (c: Neo4jColumn): string => (c.listSeparator ? `split(${cypherUnmarked(`row.${name(c.header)}`)}, ${text(arrayDelimiter)})` : CAST[c.type](`row.${name(c.header)}`));
  const set = (variable: string, columns: readonly Neo4jColumn[]): string =>
    columns.length === 0 ? '' : `\nSET ${columns.map((c) => `${variable}.${name(c.name)} = ${cast(c)}`).join(',\n    ')}`;
  const lines = [
    '// Loads nodes.csv and relationships.csv (written by deai-kg export --format csv) with LOAD CSV, Neo4j 5.',
    '// Copy both files into the import directory of the database, then run: cypher-shell -f load.cypher',
    '// Empty fields are null in LOAD CSV, so a missing value sets no property.',
    ...(arrayDelimiter === ';' ? [] : [`// An alternative name holds ";": string[] columns use ${JSON.stringify(arrayDelimiter)} (neo4j-admin: --array-delimiter=${JSON.stringify(arrayDelimiter)}).`]),
    '',
    ...labels.map((label) => `CREATE CONSTRAINT ${name(`${label}_iri`)} IF NOT EXISTS FOR (n:${name(label)}) REQUIRE n.iri IS UNIQUE;`),
    '',
    ...labels.map((label) =>
      [
        "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
        `WITH row WHERE row.\`:LABEL\` = ${text(label)}`,
        `CREATE (n:${name(label)} {iri: row.\`iri:ID\`})${set('n', nodeColumns)};`,
        '',
      ].join('\n'),
    ),
    ...[...ends].sort(([a], [b]) => (a < b ? -1 : 1)).map(([type, { from, to }]) =>
      [
        "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
        `WITH row WHERE row.\`:TYPE\` = ${text(type)}`,
        `MATCH (a:${labelExpression(from)} {iri: row.\`:START_ID\`})`,
        `MATCH (b:${labelExpression(to)} {iri: row.\`:END_ID\`})`,
        `CREATE (a)-[r:${name(type)}]->(b)${set('r', edgeColumns)};`,
        '',
      ].join('\n'),
    ),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `A` or `A|B` (Neo4j 5 label expression) over sorted labels. */
function labelExpression(labels: ReadonlySet<string>): string {
  return [...labels].sort().map(name).join('|');
}

/** A Cypher name: plain when it is an identifier, else in backticks (a backtick doubled). */
function name(value: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(value) ? value : `\`${value.replace(/`/g, '``')}\``;
}

/** A Cypher string literal in single quotes. */
function text(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
