// Where common triple stores put their SPARQL query and update endpoints, given their Graph Store endpoint.

export interface StoreLayout {
  readonly store: string;
  /** Matches the path of the Graph Store endpoint. */
  readonly graphStore: RegExp;
  /** The query endpoint's path, with `$1` from the match (for the count check). */
  readonly query: string;
  /** The SPARQL 1.1 Update endpoint's path, with `$1` from the match (for the staging graph and the swap). */
  readonly update: string;
  /** The store asks for Digest on these endpoints, so a Basic-only challenge is a downgrade worth a warning. */
  readonly digest?: boolean;
}

/** As documented in docs/serve.md; only Virtuoso's is verified by a test here. */
export const STORE_LAYOUTS: readonly StoreLayout[] = [
  { store: 'Virtuoso', graphStore: /^\/sparql-graph-crud(-auth)?\/?$/, query: '/sparql', update: '/sparql$1', digest: true },
  { store: 'Apache Jena Fuseki', graphStore: /^(\/[^/]+)\/data\/?$/, query: '$1/query', update: '$1/update' },
  { store: 'GraphDB', graphStore: /^(\/repositories\/[^/]+)\/rdf-graphs\/service\/?$/, query: '$1', update: '$1/statements' },
  { store: 'Oxigraph server', graphStore: /^\/store\/?$/, query: '/query', update: '/update' },
];

export interface KnownStore {
  readonly store: string;
  readonly query: URL;
  readonly update: URL;
  readonly digest: boolean;
}

/** The store's endpoints for a Graph Store endpoint URL, when its layout is a known one. */
export function storeEndpointsFor(graphStore: URL): KnownStore | undefined {
  for (const layout of STORE_LAYOUTS) {
    const match = layout.graphStore.exec(graphStore.pathname);
    if (!match) continue;
    const at = (path: string): URL => new URL(path.replace('$1', match[1] ?? ''), graphStore.origin);
    return { store: layout.store, query: at(layout.query), update: at(layout.update), digest: layout.digest ?? false };
  }
  return undefined;
}
