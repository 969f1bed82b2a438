// graphology graph → GEXF through graphology-gexf's writer: 1.2draft by default (what Gephi and networkx both read),
// or 1.3; viz:color/position/size and typed attributes either way.
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { write } from 'graphology-gexf';
import type { GexfVersion } from './formats.js';
import { assertXmlText } from './xml-text.js';

const FORMAT = 'GEXF';

/**
 * graphology-gexf 0.13 declares the 1.2draft viz namespace as "http:///www.gexf.net/1.1draft/viz" (three slashes,
 * 1.1draft): readers that match namespaces (networkx) then see no viz element and lose every position, size and
 * colour. The namespace of GEXF 1.2draft's viz module is http://www.gexf.net/1.2draft/viz.
 */
const WRONG_VIZ_1_2 = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_1_2 = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

/**
 * graphology-gexf writes `x`, `y`, `size` and `color` as viz:position, viz:size and viz:color (1.2draft: r, g, b;
 * 1.3: hex), `label` as the label, and every other attribute in a typed model (sourceLine integer, the rest
 * string; lists as 1.2draft's "a|b" liststring or 1.3's "[a, b]"). In 1.3, edges also get `kind` = their relation,
 * which lets Gephi 0.10+ keep a project's "covers stage" and "listed under" edges to the same stage apart instead
 * of merging them; 1.2draft has no edge kind, so there the relation is only the `relation` attribute. The meta
 * block holds only what the schema allows (creator, description), so the graph's `name` and `base` attributes go
 * into the description.
 */
export function graphologyToGexf(graph: Graph, version: GexfVersion = '1.2'): string {
  checkText(graph);
  const meta = graph.getAttributes();
  const described = graph.copy();
  described.replaceAttributes({ creator: 'deai-kg', description: [meta.name, meta.base].filter(Boolean).join(' — ') });
  const xml = write(described, {
    version,
    pretty: true,
    pedantic: true,
    formatEdge: (_key: string, attributes: Attributes) => ({
      ...(version === '1.3' && typeof attributes.relation === 'string' ? { kind: attributes.relation } : {}),
      attributes: { ...attributes },
    }),
  });
  return version === '1.2' ? xml.replace(WRONG_VIZ_1_2, VIZ_1_2) : xml;
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
