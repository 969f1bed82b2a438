// The /sparql page for people: the query form, and under it the results as an HTML table whose IRIs link to their
// pages (as Virtuoso's and Fuseki's endpoints show them), or the query's error with its place.
import { escapeHtml } from '../linked-data/html-text.js';
import { createIriPaths, relativeHref } from '../linked-data/iri-paths.js';
import { iriToPrefixedName } from '../sparql/format-results.js';
import type { Bindings, ResultTerm } from '../sparql/sparql-engine.js';

export interface ResultsPageOptions {
  /** The query in the form (the example query when the page is opened without one). */
  readonly query: string;
  /** The graph's base: IRIs under it link to this server's pages. */
  readonly base: string;
  readonly prefixes: Readonly<Record<string, string>>;
  readonly maxResults: number;
  readonly timeoutMs: number;
  readonly outcome?: PageOutcome;
}

export type PageOutcome =
  | { readonly type: 'table'; readonly variables: readonly string[]; readonly rows: readonly Bindings[]; readonly truncated: boolean }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'error'; readonly status: number; readonly message: string };

/** The page sits at /sparql, so links to other pages are relative to `sparql`. */
const PAGE_PATH = 'sparql';

export const EXAMPLE_QUERY = 'SELECT ?project ?name WHERE {\n  ?project a deai:Project ; rdfs:label ?name .\n} ORDER BY ?name';

export function resultsPage(options: ResultsPageOptions): string {
  const paths = createIriPaths(options.base);
  const link = (iri: string): string | undefined => {
    const place = paths.iriToPlace(iri);
    if (place) return `${relativeHref(PAGE_PATH, place.path)}${place.fragment === undefined ? '' : `#${encodeURIComponent(place.fragment)}`}`;
    return /^https?:\/\//i.test(iri) ? iri : undefined;
  };
  const prefixes = Object.entries(options.prefixes);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SPARQL endpoint · deai-kg</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:1.2rem;max-width:72rem}textarea{width:100%;box-sizing:border-box;font:13px/1.4 monospace}
table{border-collapse:collapse;margin-top:.6rem}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.tag{color:#666;font-size:.85em}pre.error{background:#fff3f3;border:1px solid #e99;padding:.6rem;white-space:pre-wrap}
code{font-size:.9em}</style></head>
<body><h1>SPARQL endpoint</h1>
<p>SPARQL 1.1 queries over the survey graph and the DeAI ontology (read-only), at most ${options.maxResults} rows and
${options.timeoutMs} ms per query. Programs get SPARQL JSON, XML, CSV or TSV by content negotiation. <a href="./">Back to the graph</a>.</p>
<form method="get" action="sparql">
<p><label for="query">Query</label> <span class="tag">(these prefixes need no declaration)</span></p>
<textarea id="query" name="query" rows="10">${escapeHtml(options.query)}</textarea>
<p><label>Results <select name="format"><option value="html">HTML table</option><option value="json">SPARQL JSON</option>
<option value="xml">SPARQL XML</option><option value="csv">CSV</option><option value="tsv">TSV</option>
<option value="turtle">Turtle (CONSTRUCT)</option><option value="jsonld">JSON-LD (CONSTRUCT)</option><option value="nt">N-Triples (CONSTRUCT)</option></select></label>
<button type="submit">Run</button></p></form>
<details><summary>Predeclared prefixes</summary><p>${prefixes.map(([name, iri]) => `<code>${escapeHtml(name)}: &lt;${escapeHtml(iri)}&gt;</code>`).join('<br>\n')}</p></details>
${options.outcome ? outcomeHtml(options.outcome, options.prefixes, link) : ''}
</body></html>
`;
}

function outcomeHtml(outcome: PageOutcome, prefixes: Readonly<Record<string, string>>, link: (iri: string) => string | undefined): string {
  if (outcome.type === 'error') return `<h2>Error</h2>\n<pre class="error">${escapeHtml(outcome.message)}</pre>`;
  if (outcome.type === 'boolean') return `<h2>Answer</h2>\n<p><strong>${outcome.value}</strong></p>`;
  const count = `${outcome.rows.length} row${outcome.rows.length === 1 ? '' : 's'}${outcome.truncated ? ` (cut at the server's limit; add a LIMIT or ask for less)` : ''}`;
  const head = outcome.variables.map((v) => `<th>?${escapeHtml(v)}</th>`).join('');
  const rows = outcome.rows.map((row) => `<tr>${outcome.variables.map((v) => `<td>${termHtml(row[v], prefixes, link)}</td>`).join('')}</tr>`);
  return `<h2>Results</h2>\n<p>${count}</p>\n<table><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function termHtml(term: ResultTerm | undefined, prefixes: Readonly<Record<string, string>>, link: (iri: string) => string | undefined): string {
  if (!term) return '';
  if (term.type === 'uri') {
    const href = link(term.value);
    const text = escapeHtml(iriToPrefixedName(term.value, prefixes));
    return href ? `<a href="${escapeHtml(href)}" title="${escapeHtml(term.value)}">${text}</a>` : text;
  }
  if (term.type === 'bnode') return `_:${escapeHtml(term.value)}`;
  if (term.type === 'triple') return `&lt;&lt; ${escapeHtml(term.value)} &gt;&gt;`;
  const lang = term['xml:lang'];
  const datatype = term.datatype && !term.datatype.endsWith('#string') && !term.datatype.endsWith('#langString') ? iriToPrefixedName(term.datatype, prefixes) : undefined;
  const tag = lang ? ` <span class="tag">@${escapeHtml(lang)}</span>` : datatype ? ` <span class="tag">${escapeHtml(datatype)}</span>` : '';
  return `${escapeHtml(term.value)}${tag}`;
}
