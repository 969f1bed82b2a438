// Where common triple stores put their SPARQL query endpoint, given their Graph Store endpoint (for the count check).

export interface StoreLayout {
  readonly store: string;
  /** Matches the path of the Graph Store endpoint. */
  readonly graphStore: RegExp;
  /** The query endpoint's path, with `$1` from the match. */
  readonly query: string;
}

/** As documented in docs/serve.md; only Virtuoso's is verified by a test here. */
export const STORE_LAYOUTS: readonly StoreLayout[] = [
  { store: 'Virtuoso', graphStore: /^\/sparql-graph-crud(?:-auth)?\/?$/, query: '/sparql' },
  { store: 'Apache Jena Fuseki', graphStore: /^(\/[^/]+)\/data\/?$/, query: '$1/query' },
  { store: 'GraphDB', graphStore: /^(\/repositories\/[^/]+)\/rdf-graphs\/service\/?$/, query: '$1' },
  { store: 'Oxigraph server', graphStore: /^\/store\/?$/, query: '/query' },
];

/** The store's SPARQL query endpoint for a Graph Store endpoint URL, when its layout is a known one. */
export function queryEndpointFor(graphStore: URL): { store: string; url: URL } | undefined {
  for (const layout of STORE_LAYOUTS) {
    const match = layout.graphStore.exec(graphStore.pathname);
    if (!match) continue;
    const url = new URL(graphStore.origin);
    url.pathname = layout.query.replace('$1', match[1] ?? '');
    return { store: layout.store, url };
  }
  return undefined;
}
