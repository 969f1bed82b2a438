// Why an answer may be empty: the IRIs a query names that the data never mentions (a term misspelt, or facts left out,
// such as the ontology's labels when a query runs over a data file alone).
import type { SparqlEngine } from './sparql-engine.js';
import { declaredPrefixes, prefixOf, sparqlTokens } from './sparql-tokens.js';

/** The IRIs a query names, written out or as prefixed names, expanded, in order of first use (the prologue left out). */
export function queryIris(sparql: string, prefixes: Readonly<Record<string, string>>): string[] {
  const tokens = sparqlTokens(sparql);
  const declared = declaredPrefixes(tokens);
  const iris = new Set<string>();
  for (const [i, token] of tokens.entries()) {
    const before = tokens[i - 1]?.text.toUpperCase();
    const inPrologue = before === 'BASE' || (tokens[i - 2]?.text.toUpperCase() === 'PREFIX' && tokens[i - 1]?.type === 'pname') || before === 'PREFIX';
    if (inPrologue) continue;
    if (token.type === 'iri' && /^<[a-z][a-z0-9+.-]*:/i.test(token.text)) iris.add(token.text.slice(1, -1));
    if (token.type === 'pname') {
      const namespace = declared.get(prefixOf(token)) ?? prefixes[prefixOf(token)];
      if (namespace !== undefined) iris.add(namespace + token.text.slice(token.text.indexOf(':') + 1).replace(/\\(.)/g, '$1'));
    }
  }
  return [...iris];
}

/** Of the query's IRIs, those that occur in no triple of the engine's data, in the query's order. */
export async function absentTerms(engine: SparqlEngine, sparql: string, prefixes: Readonly<Record<string, string>>): Promise<string[]> {
  const iris = queryIris(sparql, prefixes);
  if (iris.length === 0) return [];
  const result = await engine.query(
    `SELECT ?t WHERE { VALUES ?t { ${iris.map((iri) => `<${iri}>`).join(' ')} } FILTER NOT EXISTS { { ?t ?p ?o } UNION { ?s ?t ?o } UNION { ?s ?p ?t } } }`,
  );
  const absent = new Set(result.type === 'bindings' ? result.rows.map((row) => row.t?.value) : []);
  return iris.filter((iri) => absent.has(iri));
}
