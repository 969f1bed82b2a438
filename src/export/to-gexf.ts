// graphology graph → GEXF 1.3 through graphology-gexf's writer: viz:color/position/size and typed attributes.
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { write } from 'graphology-gexf';
import { assertXmlText } from './xml-text.js';

const FORMAT = 'GEXF';

/**
 * graphology-gexf writes `x`, `y`, `size` and `color` as viz:position, viz:size and viz:color (hex, GEXF 1.3), `label`
 * as the label, and every other attribute in a typed model (sourceLine integer, the rest string). Edges also get
 * `kind` = their relation: GEXF 1.3's edge kind, which lets Gephi keep a project's "covers stage" and "listed
 * under" edges to the same stage apart instead of merging them. The meta block holds only what the GEXF 1.3 schema
 * allows (creator, description), so the graph's `name` and `base` attributes go into the description.
 */
export function graphologyToGexf(graph: Graph): string {
  checkText(graph);
  const meta = graph.getAttributes();
  const described = graph.copy();
  described.replaceAttributes({ creator: 'deai-kg', description: [meta.name, meta.base].filter(Boolean).join(' — ') });
  return write(described, {
    version: '1.3',
    pretty: true,
    pedantic: true,
    formatEdge: (_key: string, attributes: Attributes) => ({
      ...(typeof attributes.relation === 'string' ? { kind: attributes.relation } : {}),
      attributes: { ...attributes },
    }),
  });
}

function checkText(graph: Graph): void {
  const check = (where: string, attributes: Attributes): void => {
    for (const [name, value] of Object.entries(attributes)) if (typeof value === 'string') assertXmlText(value, FORMAT, `${where} attribute ${name}`);
  };
  graph.forEachNode((key, attributes) => {
    assertXmlText(key, FORMAT, 'the node key');
    check(`node ${key}`, attributes);
  });
  graph.forEachEdge((key, attributes) => check(`edge ${key}`, attributes));
}
