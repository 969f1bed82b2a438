// /sparql for people and for broken queries: an HTML results table when a browser asks, with the form above it and
// links on IRIs; predeclared prefixes; each broken query answered 400 with its place, as in the CLI and the library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServe, startServe } from '../helpers/serve.js';
import { BROKEN_QUERIES } from '../sparql/broken-queries.js';

/** What Chromium sends for a page. */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let server: RunningServe;
const sparqlGet = (sparql: string, accept?: string, extra = ''): Promise<Response> =>
  fetch(new URL(`sparql?query=${encodeURIComponent(sparql)}${extra}`, server.url), { headers: accept ? { accept } : {} });

beforeAll(async () => {
  server = await startServe(['--workers', '1']);
});

afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

describe('/sparql in a browser', () => {
  it('should answer a SELECT with the form, holding the query, above an HTML table whose IRIs link to their pages', async () => {
    const sparql = 'SELECT ?p ?name WHERE { ?p a deai:Project ; rdfs:label ?name ; deai:sourceCode ?code } ORDER BY ?name LIMIT 2';
    const response = await sparqlGet(sparql, BROWSER);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page.indexOf('<form method="get" action="sparql">')).toBeLessThan(page.indexOf('<table>'));
    expect(page).toContain('ORDER BY ?name LIMIT 2</textarea>');
    expect(page).toContain('<tr><th>?p</th><th>?name</th></tr>');
    expect(page).toContain('<p>2 rows</p>');
    // A project IRI under the base links to its page on this server.
    expect(page).toMatch(/<td><a href="project\/[a-z0-9-]+" title="https:\/\/w3id\.org\/deai\/project\/[a-z0-9-]+">project:[a-z0-9-]+<\/a><\/td>/);
  });

  it('should link IRIs outside the base to themselves, and show CONSTRUCT results as subject, predicate, object', async () => {
    const page = await (await sparqlGet('CONSTRUCT { project:bittensor deai:sourceCode ?c } WHERE { project:bittensor deai:sourceCode ?c }', BROWSER)).text();
    expect(page).toContain('<tr><th>?subject</th><th>?predicate</th><th>?object</th></tr>');
    expect(page).toContain('<a href="ontology#sourceCode" title="https://w3id.org/deai/ontology#sourceCode">deai:sourceCode</a>');
    expect(page).toMatch(/<a href="https:\/\/github\.com\/[^"]+" title="https:\/\/github\.com\/[^"]+">&lt;https:\/\/github\.com\//);
  });

  it('should show ASK as its answer, and a broken query as its error under the form, with status 400', async () => {
    expect(await (await sparqlGet('ASK { project:bittensor a deai:Project }', BROWSER)).text()).toContain('<p><strong>true</strong></p>');
    const broken = await sparqlGet('SELECT ?p WHERE { ?p a dea:Project }', BROWSER);
    expect(broken.status).toBe(400);
    const page = await broken.text();
    expect(page).toContain('<textarea id="query" name="query" rows="10">SELECT ?p WHERE { ?p a dea:Project }</textarea>');
    expect(page).toContain('<pre class="error">Line 1, column 24: unknown prefix &quot;dea:&quot;.');
  });

  it('should give format=html to any client, and SPARQL JSON to clients that accept anything', async () => {
    const html = await sparqlGet('ASK {}', 'application/sparql-results+json', '&format=html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const accept of [undefined, '*/*', 'application/json, */*;q=0.5']) {
      const response = await sparqlGet('ASK {}', accept);
      expect(response.headers.get('content-type'), accept).toMatch(/json/);
    }
  });

  it('should list the predeclared prefixes on the page and offer the HTML table first', async () => {
    const page = await (await fetch(new URL('sparql', server.url), { headers: { accept: BROWSER } })).text();
    expect(page).toContain('<code>deai: &lt;https://w3id.org/deai/ontology#&gt;</code>');
    expect(page).toContain('<code>project: &lt;https://w3id.org/deai/project/&gt;</code>');
    expect(page).toMatch(/<select name="format"><option value="html">HTML table<\/option>/);
  });
});

describe('/sparql with a broken query', () => {
  it.each(BROKEN_QUERIES)('should answer with its status and the place: $title', async (broken) => {
    const response = await sparqlGet(broken.sparql);
    expect(response.status).toBe(broken.code === 'sparql/update-refused' ? 403 : 400);
    const text = await response.text();
    if (broken.code === 'sparql/update-refused') {
      // Refused before it reaches the engine, by the protocol layer.
      expect(text).toContain('read-only: SPARQL Update is not accepted');
      return;
    }
    expect(text.startsWith(`Line ${broken.line}, column ${broken.column}: ${broken.what}. Expected `)).toBe(true);
    expect(text).toContain(broken.expected);
    expect(text).toContain(`\n  ${broken.sparql.split('\n')[broken.line - 1]}\n`);
  });
});
