// graphology graph → GraphML with typed keys (yEd, Cytoscape, networkx), written with xmlbuilder2.
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { create } from 'xmlbuilder2';
import { type AttributeColumn, attributeColumns, columnText } from './attribute-columns.js';
import { assertXmlText, escapeCarriageReturns } from './xml-text.js';

const FORMAT = 'GraphML';
const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type Domain = 'graph' | 'node' | 'edge';

/**
 * graphology-graphml only parses, so the writer is ours, on a real XML library (escaping, namespaces). GraphML
 * ids are XML name tokens, which IRIs are not (`/`, `#`): nodes are `n0, n1, …` and edges `e0, e1, …` in the
 * graph's order, and each node keeps its IRI in the `iri` attribute. Keys are typed: `sourceLine` int, `x`,
 * `y`, `size` double, the rest string (see attribute-columns.ts).
 */
export function graphologyToGraphml(graph: Graph): string {
  const graphAttributes = Object.entries(graph.getAttributes()).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  const keys: Record<Domain, AttributeColumn[]> = {
    graph: graphAttributes.map(([name, value]) => ({ name, type: typeof value === 'number' ? 'double' : 'string' })),
    node: attributeColumns(graph, 'node'),
    edge: attributeColumns(graph, 'edge'),
  };
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML, 'graphml', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${GRAPHML} ${GRAPHML}/1.0/graphml.xsd`,
  });
  for (const domain of ['graph', 'node', 'edge'] as const) {
    for (const key of keys[domain]) root.ele('key', { id: keyId(domain, key.name), for: domain, 'attr.name': key.name, 'attr.type': key.type });
  }
  const body = root.ele('graph', { id: 'G', edgedefault: graph.type === 'undirected' ? 'undirected' : 'directed' });
  writeData(body, 'graph', keys.graph, Object.fromEntries(graphAttributes), 'the graph');
  const ids = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    const id = `n${ids.size}`;
    ids.set(key, id);
    writeData(body.ele('node', { id }), 'node', keys.node, attributes, `node ${key}`);
  });
  let count = 0;
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const edge = body.ele('edge', { id: `e${count++}`, source: ids.get(source) as string, target: ids.get(target) as string });
    if (undirected !== (graph.type === 'undirected')) edge.att('directed', String(!undirected));
    writeData(edge, 'edge', keys.edge, attributes, `edge ${key}`);
  });
  return `${escapeCarriageReturns(root.end({ prettyPrint: true }))}\n`;
}

type Element = ReturnType<typeof create>;

function writeData(element: Element, domain: Domain, columns: readonly AttributeColumn[], attributes: Attributes, where: string): void {
  for (const { name } of columns) {
    const value = attributes[name];
    if (value === undefined || value === null) continue;
    const text = columnText(value);
    assertXmlText(text, FORMAT, `${where} attribute ${name}`);
    element.ele('data', { key: keyId(domain, name) }).txt(text);
  }
}

/** `node-label`, `edge-relation`, …: readable, unique across domains, and XML name tokens (attribute names are). */
function keyId(domain: Domain, name: string): string {
  return `${domain}-${name.replace(/[^\p{L}\p{N}._:-]/gu, '_')}`;
}
