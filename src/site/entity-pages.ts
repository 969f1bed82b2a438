// The static linked data of a site: per entity `path.html` (with its JSON-LD embedded), `path.ttl` and `path.jsonld`;
// the same for the ontology's version IRI, the shapes and the named graphs; and the JSON-LD context at its IRI.
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { JsonLdContext } from '../export/to-jsonld.js';
import { quadsToEntityIndex } from '../linked-data/entity-index.js';
import { entityToHtml } from '../linked-data/entity-to-html.js';
import { publishedDocuments } from '../linked-data/published-documents.js';
import { writeRepresentation } from '../linked-data/representations.js';
import { DEAI_CONTEXT, DEAI_HOME } from '../vocab/namespaces.js';
import { graphDocumentPages, type PageContent } from './graph-document-pages.js';

export interface EntityPagesInput {
  readonly graph: KnowledgeGraph;
  readonly context: JsonLdContext;
  readonly siteTitle: string;
  /** IRIs the viewer draws: their pages link to them in the viewer. */
  readonly viewerNodes?: ReadonlySet<string>;
  /** ontology/shapes.ttl, published at https://w3id.org/deai/shapes. */
  readonly shapesTurtle?: string;
}

/** A page: its path relative to the site root, and its text (or what writes it: the named graphs' files). */
export type EntityPage = readonly [path: string, content: PageContent];

/**
 * Every IRI under the base and the ontology, page by page (a survey of 10k projects has 160k entities, gigabytes of
 * pages: they are made as they are written, never held together).
 * Links between pages name the `.html` files, so they work on any static host and from file://; a host that maps
 * `/project/bittensor` to `project/bittensor.html` (GitHub Pages, Netlify, nginx `try_files $uri.html`) serves the IRIs themselves.
 */
export async function* graphToEntityPages(input: EntityPagesInput): AsyncGenerator<EntityPage> {
  const published = publishedDocuments(input.graph, input.shapesTurtle);
  const index = quadsToEntityIndex(input.graph.quads, input.graph.base, input.graph.ontology.quads, published);
  yield [DEAI_CONTEXT.slice(DEAI_HOME.length), `${JSON.stringify(input.context, null, 2)}\n`];
  const page = { links: 'html-file' as const, siteTitle: input.siteTitle, ...(input.viewerNodes ? { viewerNodes: input.viewerNodes } : {}) };
  for (const doc of index.documents()) {
    const streamed = doc.kind === 'graph' ? graphDocumentPages(doc, index, input.context, page) : undefined;
    if (streamed) {
      yield* streamed;
      continue;
    }
    const representation = { doc, index, context: input.context, page };
    const jsonld = await writeRepresentation('jsonld', representation);
    yield [`${doc.path}.html`, entityToHtml(doc, index, { ...page, jsonld })];
    yield [`${doc.path}.jsonld`, jsonld];
    yield [`${doc.path}.ttl`, await writeRepresentation('ttl', representation)];
  }
}
