// What an HTTP failure from a store means, in one line: the status, the start of the store's own message, and what
// to try. The body is read capped (read-capped.ts) and shown without markup or control characters.
import { where } from './authed-fetch.js';
import { type CappedText, readCapped } from './read-capped.js';

/** Characters of the store's message shown. */
const SHOWN = 300;

/** The start of a body for a terminal: tags dropped, control characters (ESC, BEL, …) and runs of space made one space. */
export function bodyExcerpt(body: CappedText): string {
  const plain = body.text
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = plain.length > SHOWN || body.truncated;
  return cut ? `${plain.slice(0, SHOWN)}…` : plain;
}

export interface StatusContext {
  /** The user the request went as, for a 403. */
  readonly user?: string;
  /** What kind of endpoint the URL should be, for a 404/405 ("Graph Store", "SPARQL Update", "SPARQL query"). */
  readonly expected?: 'graph-store' | 'update' | 'query';
}

const EXPECTED_PATHS: Readonly<Record<NonNullable<StatusContext['expected']>, string>> = {
  'graph-store': "the store's Graph Store endpoint? (Virtuoso /sparql-graph-crud-auth, Fuseki /DATASET/data, GraphDB /repositories/REPO/rdf-graphs/service, Oxigraph /store)",
  update: "the store's SPARQL Update endpoint? (Virtuoso /sparql-auth, Fuseki /DATASET/update, GraphDB /repositories/REPO/statements, Oxigraph /update)",
  query: "the store's SPARQL query endpoint? (Virtuoso /sparql, Fuseki /DATASET/query, GraphDB /repositories/REPO, Oxigraph /query)",
};

/** Reads the start of the body and says what the failure means. */
export async function statusMessage(url: URL, response: Response, context: StatusContext = {}): Promise<string> {
  return statusText(url, response, bodyExcerpt(await readCapped(response)), context);
}

export function statusText(url: URL, response: Response, excerpt: string, context: StatusContext = {}): string {
  const status = `${response.status} ${response.statusText}`.trim();
  const said = excerpt ? `: ${excerpt}` : '';
  if (response.status === 403) {
    return `${where(url)} refused the write (${status})${context.user ? `: user "${context.user}" may lack write permission (Virtuoso: the SPARQL_UPDATE role)` : ''}${said}`;
  }
  if ((response.status === 404 || response.status === 405) && context.expected) {
    return `${where(url)} answered ${status}: is it ${EXPECTED_PATHS[context.expected]}${said}`;
  }
  if (response.status >= 300 && response.status < 400) return `${where(url)} redirects (${status}) to ${response.headers.get('location') ?? '?'}: give that URL instead`;
  return `${where(url)} answered ${status}${said}`;
}
