// Every graph export tells the same graph: networkx reads GEXF (1.2draft as it is, with positions, sizes and colours;
// 1.3) and GraphML, igraph reads the GraphML, Python's json and csv modules read the Cytoscape.js JSON and the Neo4j
// CSV, and each gives the nodes, edges, labels and types of the one projection.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DirectoryFormat, exportFormat, type ExportInput, type FileFormat } from '../../src/export/formats.js';
import { nodeLabel, relationshipType } from '../../src/export/neo4j-schema.js';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { HOSTILE_NAMES, hostileInput, seedInput } from '../export/support/fixtures.js';
import { python } from '../export/support/readers.js';

type Triple = [string, string, string];

interface FormatSummary {
  readonly nodes: Triple[];
  readonly edges: Triple[];
  readonly [detail: string]: unknown;
}

interface GexfSummary extends FormatSummary {
  readonly version: string;
  readonly viz: Record<string, number>;
  readonly attribute_types: Record<string, string>;
  readonly directed: boolean;
}

interface GraphCheck {
  readonly gexf: GexfSummary & { positions: Array<[string, number, number]>; colors: Array<[string, string]>; sizes: Array<[string, number]>; value_types: Record<string, string> };
  readonly gexf13: GexfSummary;
  readonly graphml_igraph: FormatSummary & { directed: boolean; vertex_attributes: string[] };
  readonly graphml: FormatSummary & { key_types: Record<string, string>; node_ids: string[]; project_value_types: Record<string, string>; directed: boolean };
  readonly cytoscape: FormatSummary & { positions: number };
  readonly csv: FormatSummary & { labels: Record<string, string>; duplicate_ids: number; dangling: string[]; ragged_rows: number; line_ends: string[]; node_header: string[] };
}

const sorted = (rows: Triple[]): Triple[] => rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe.each([
  ['the bundled survey', seedInput, undefined],
  ['the survey with hostile names', hostileInput, HOSTILE_NAMES],
] as const)('Graph exports of %s, read by independent tools', (_title, input: () => ExportInput, names) => {
  let dir: string;
  let found: GraphCheck;
  const file = (name: string): string => join(dir, name);
  // The one projection, as the viewer gets it: what every format must tell.
  const graph = graphToGraphology(input().graph);
  const nodes = sorted(graph.mapNodes((key, a) => [key, String(a.label), String(a.type)] as Triple));
  const edges = sorted(graph.mapEdges((_k, a, s, t) => [s, t, String(a.relation)] as Triple));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deai-kg-exports-graph-'));
    for (const name of ['gexf', 'graphml', 'cytoscape']) writeFileSync(file(`out.${name}`), await (exportFormat(name) as FileFormat).write(input()));
    writeFileSync(file('out13.gexf'), await (exportFormat('gexf') as FileFormat).write(input(), { gexfVersion: '1.3' }));
    mkdirSync(file('csv'));
    for (const [name, text] of Object.entries(await (exportFormat('csv') as DirectoryFormat).write(input()))) writeFileSync(join(file('csv'), name), text);
    found = python<GraphCheck>('graph_check.py', [file('out.gexf'), file('out13.gexf'), file('out.graphml'), file('out.cytoscape'), file('csv')], 'python3-networkx python3-igraph');
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is a graph of projects, stages, capabilities and assumptions', () => {
    expect(new Set(nodes.map(([, , type]) => type))).toEqual(new Set(['project', 'stage', 'capability', 'assumption']));
    if (names) expect(nodes.filter(([, , type]) => type === 'project').map(([, label]) => label).sort()).toEqual([...names].sort());
  });

  it('networkx reads the default GEXF (1.2draft) as it is: the same nodes, edges, labels and types, typed values', () => {
    expect(found.gexf.nodes).toEqual(nodes);
    expect(found.gexf.edges).toEqual(edges);
    expect(found.gexf).toMatchObject({ version: '1.2', directed: true });
    expect(found.gexf.attribute_types).toMatchObject({ 'node.type': 'string', 'edge.relation': 'string' });
    if (!names) {
      expect(found.gexf.attribute_types['node.sourceLine']).toBe('integer');
      expect(found.gexf.value_types).toMatchObject({ label: 'str', type: 'str', sourceLine: 'int' });
    }
  });

  it('networkx reads a position, a size and a colour for every node of the default GEXF, as the viewer draws them', () => {
    expect(found.gexf.viz).toEqual({ color: graph.order, size: graph.order, position: graph.order });
    const byIri = <T>(rows: Array<[string, ...T[]]>): Array<[string, ...T[]]> => rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(found.gexf.positions).toEqual(byIri(graph.mapNodes((key, a) => [key, a.x as number, a.y as number])));
    expect(found.gexf.sizes).toEqual(byIri(graph.mapNodes((key, a) => [key, a.size as number])));
    expect(found.gexf.colors).toEqual(byIri(graph.mapNodes((key, a) => [key, String(a.color).toLowerCase()])));
  });

  it('networkx reads the GEXF 1.3 (--gexf-version 1.3) with the same graph, and ElementTree finds viz on every node', () => {
    expect(found.gexf13.nodes).toEqual(nodes);
    expect(found.gexf13.edges).toEqual(edges);
    expect(found.gexf13).toMatchObject({ version: '1.3', directed: true, viz: { color: graph.order, size: graph.order, position: graph.order } });
  });

  it('igraph reads the GraphML with the same nodes, edges, labels and types', () => {
    expect(found.graphml_igraph.nodes).toEqual(nodes);
    expect(found.graphml_igraph.edges).toEqual(edges);
    expect(found.graphml_igraph.directed).toBe(true);
    expect(found.graphml_igraph.vertex_attributes).toEqual(expect.arrayContaining(['iri', 'label', 'type', 'x', 'y', 'size', 'color']));
  });

  it('networkx reads the GraphML with the same nodes, edges, labels and types, and typed values', () => {
    expect(found.graphml.nodes).toEqual(nodes);
    expect(found.graphml.edges).toEqual(edges);
    expect(found.graphml.directed).toBe(true);
    expect(found.graphml.key_types).toMatchObject({ 'node.label': 'string', 'node.sourceLine': 'int', 'node.x': 'double', 'node.y': 'double', 'node.size': 'double' });
    expect(found.graphml.project_value_types).toMatchObject({ label: 'str', sourceLine: 'int', x: 'float', y: 'float', size: 'float' });
    for (const id of found.graphml.node_ids) expect(id).toMatch(/^n\d+$/);
  });

  it('the Cytoscape.js JSON has the same nodes, edges, labels and types, and a position for every node', () => {
    expect(found.cytoscape.nodes).toEqual(nodes);
    expect(found.cytoscape.edges).toEqual(edges);
    expect(found.cytoscape.positions).toBe(graph.order);
  });

  it("Python's csv module reads nodes.csv and relationships.csv: unique ids, every endpoint a node, the same graph", () => {
    expect(found.csv).toMatchObject({ duplicate_ids: 0, dangling: [], ragged_rows: 0, line_ends: ['crlf', 'crlf'] });
    expect(found.csv.nodes).toEqual(nodes);
    expect(found.csv.edges).toEqual(sorted(edges.map(([s, t, relation]) => [s, t, relationshipType(relation)] as Triple)));
    for (const [type, label] of Object.entries(found.csv.labels)) expect(label).toBe(nodeLabel(type));
    expect(found.csv.node_header[0]).toBe('iri:ID');
    expect(found.csv.node_header.at(-1)).toBe(':LABEL');
  });
});
