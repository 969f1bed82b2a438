// The data files a site carries, from a built graph: the graph to draw, RDF to download, questions for the SPARQL box.
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { quadsToJsonLd, type JsonLdContext } from '../export/to-jsonld.js';
import { quadsToTurtle } from '../export/to-turtle.js';
import { graphToGraphology } from '../projection/graph-to-graphology.js';
import { graphologyToCompactFiles } from './graphology-to-compact.js';
import type { NamedQuery } from '../sparql/named-query.js';
import type { NodeChange } from '../diff/diff-to-node-changes.js';

export interface SiteInputs {
  readonly graph: KnowledgeGraph;
  readonly context: JsonLdContext;
  /** ontology/deai.ttl, served so the SPARQL box sees labels and the SKOS hierarchy. */
  readonly ontologyTurtle: string;
  readonly queries: readonly NamedQuery[];
  /** Title shown in the page header. */
  readonly title: string;
  /** `site --diff OLD.md`: the projects to mark as added or changed since `from` (see diffToNodeChanges). */
  readonly changes?: { readonly from: string; readonly nodes: ReadonlyMap<string, NodeChange> };
}

export interface SiteData {
  /** File name (under data/) → content. */
  readonly files: Record<string, string>;
  /** The keys of the nodes the viewer draws (entity pages link to the viewer only for these). */
  readonly viewerNodes: ReadonlySet<string>;
}

/** The data files, the RDF downloads (deai.ttl, deai.jsonld) made in memory: for `serve`, which holds them anyway. */
export async function graphToSiteData(inputs: SiteInputs): Promise<SiteData> {
  const viewer = graphToViewerData(inputs);
  const [turtle, jsonld] = await Promise.all([quadsToTurtle(inputs.graph.quads), quadsToJsonLd(inputs.graph.quads, inputs.context)]);
  return { files: { ...viewer.files, 'deai.ttl': turtle, 'deai.jsonld': jsonld }, viewerNodes: viewer.viewerNodes };
}

/**
 * The data files but the RDF downloads (deai.ttl and deai.jsonld: `site` streams them to disk, since at 10k
 * projects each is a string of ~80 MB made from twice that in pieces).
 */
export function graphToViewerData(inputs: SiteInputs): SiteData {
  // The viewer's own layout (stages on a ring, near-universal criteria out of the forces); exports keep the plain one.
  const graphology = graphToGraphology(inputs.graph, { mode: 'lifecycle' });
  if (inputs.changes) {
    graphology.setAttribute('changesSince', inputs.changes.from);
    for (const [key, change] of inputs.changes.nodes) {
      if (graphology.hasNode(key)) graphology.mergeNodeAttributes(key, { change: change.change, changeSummary: change.summary, changedCells: change.cells });
    }
  }
  const meta = {
    title: inputs.title,
    nodes: graphology.order,
    edges: graphology.size,
    warnings: inputs.graph.diagnostics.length,
  };
  const exported = graphology.export();
  const files = {
    'graph.json': `${JSON.stringify(exported)}\n`,
    // What the viewer fetches: the same graph in an eighth to a twelfth of the bytes (graph.json stays: download,
    // export), in two files: what the first frame needs, then the attributes only the Details panel and matrix read.
    ...graphologyToCompactFiles(exported),
    'ontology.ttl': inputs.ontologyTurtle,
    'queries.json': `${JSON.stringify(inputs.queries.map(({ name, question, sparql }) => ({ name, question, sparql })), null, 1)}\n`,
    'meta.json': `${JSON.stringify(meta, null, 1)}\n`,
  };
  return { files, viewerNodes: new Set(graphology.nodes()) };
}
