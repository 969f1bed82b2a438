// graphology graph → CSV for `neo4j-admin database import` (nodes.csv, relationships.csv) and a LOAD CSV script (load.cypher).
import type { AbstractGraph as Graph } from 'graphology-types';
import { stringify } from 'csv-stringify/sync';
import { attributeColumns } from './attribute-columns.js';
import { neo4jLoadScript } from './neo4j-load-script.js';
import { arrayDelimiter, listItems, type Neo4jColumn, neo4jCell, neo4jColumns, nodeLabel, relationshipType } from './neo4j-schema.js';
import { spreadsheetSafe } from './spreadsheet-safe.js';

export const NEO4J_FILES = ['nodes.csv', 'relationships.csv', 'load.cypher'] as const;
export type Neo4jFiles = Record<(typeof NEO4J_FILES)[number], string>;

/**
 * nodes.csv: `iri:ID` (the node key), its attributes as typed properties, `:LABEL`. relationships.csv:
 * `:START_ID`, `:END_ID`, `:TYPE` (the relation, upper snake case), the other edge attributes. Lists of names
 * (altLabels) are `string[]` columns, items joined by neo4j-admin's array delimiter (";"). RFC 4180: comma
 * separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled; a missing value is
 * an empty field (no property).
 */
export function graphologyToNeo4jCsv(graph: Graph): Neo4jFiles {
  const nodeColumns = neo4jColumns(attributeColumns(graph, 'node').filter((c) => c.name !== 'iri'));
  const edgeColumns = neo4jColumns(attributeColumns(graph, 'edge').filter((c) => c.name !== 'relation'));
  const items: string[] = [];
  graph.forEachNode((_key, attributes) => nodeColumns.filter((c) => c.listSeparator).forEach((c) => items.push(...listItems(c, attributes[c.name]))));
  const delimiter = arrayDelimiter(items);
  const nodeRows: string[][] = [['iri:ID', ...nodeColumns.map((c) => c.header), ':LABEL']];
  // Text properties (a list as its joined cell) are made spreadsheet-safe (src/export/spreadsheet-safe.ts); load.cypher takes the mark off again.
  const cell = (c: Neo4jColumn, value: unknown): string => (c.type === 'string' ? spreadsheetSafe(neo4jCell(c, value, delimiter)) : neo4jCell(c, value, delimiter));
  graph.forEachNode((key, attributes) => nodeRows.push([key, ...nodeColumns.map((c) => cell(c, attributes[c.name])), nodeLabel(attributes.type)]));
  const edgeRows: string[][] = [[':START_ID', ':END_ID', ':TYPE', ...edgeColumns.map((c) => c.header)]];
  graph.forEachEdge((_key, attributes, source, target) =>
    edgeRows.push([source, target, relationshipType(attributes.relation), ...edgeColumns.map((c) => cell(c, attributes[c.name]))]),
  );
  return {
    'nodes.csv': toCsv(nodeRows),
    'relationships.csv': toCsv(edgeRows),
    'load.cypher': neo4jLoadScript(graph, nodeColumns, edgeColumns, delimiter),
  };
}

function toCsv(rows: readonly string[][]): string {
  return stringify(rows as string[][], { record_delimiter: 'windows', eof: true });
}
