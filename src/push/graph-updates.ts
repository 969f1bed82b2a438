// The SPARQL 1.1 Update requests push makes: drop a graph, and move the staging graph onto the target (the swap).
// Virtuoso runs an update as one transaction and aborts one past its limits (TransactionAfterImageLimit, 50 MB by
// default: a MOVE of about a million triples); it then rolls back, and the update is run again in its autocommit
// mode (`DEFINE sql:log-enable 2`), which has no such limit but is not atomic.
import { RemoteError } from '../errors.js';
import { type AuthedFetch, UnreachableError } from './authed-fetch.js';
import { readCapped } from './read-capped.js';
import { bodyExcerpt, statusText } from './status-message.js';

/** Above this many triples a Virtuoso MOVE goes straight to autocommit mode (the transactional one would abort). */
export const VIRTUOSO_TRANSACTION_TRIPLES = 1_000_000;

const AUTOCOMMIT = 'DEFINE sql:log-enable 2 ';

/** Virtuoso's codes for a transaction that outgrew its log (SR325) or its time (SR171). */
const VIRTUOSO_LIMIT = /\bSR(?:325|171)\b/;

/** An update that failed: whether it ran in autocommit mode (then it may have done part of its work) and whether the store answered at all. */
export class UpdateFailed extends RemoteError {
  constructor(
    message: string,
    readonly autocommit: boolean,
    readonly answered: boolean,
  ) {
    super(message);
  }
}

export interface UpdateClient {
  /** Whether any answer so far came from Virtuoso (its Server header). */
  readonly virtuoso: () => boolean;
  /**
   * Runs one update, in Virtuoso's autocommit mode when asked or when a transaction outgrows its limits. It waits for
   * the answer however long the store works (no --timeout): giving up would not stop the store, only hide the outcome.
   */
  run(update: string, options?: { autocommit?: boolean }): Promise<{ autocommit: boolean }>;
}

export function createUpdateClient(fetch: AuthedFetch, endpoint: URL, user?: string): UpdateClient {
  let virtuoso = false;
  const send = async (update: string, autocommit: boolean): Promise<{ ok: true } | { ok: false; message: string; limit: boolean }> => {
    let response: Response;
    try {
      ({ response } = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json, */*;q=0.1' },
        body: new URLSearchParams({ update: autocommit ? AUTOCOMMIT + update : update }).toString(),
        wait: true,
      }));
    } catch (error) {
      if (error instanceof UnreachableError) throw new UpdateFailed(error.message, autocommit, false);
      throw error;
    }
    if (/^virtuoso\//i.test(response.headers.get('server') ?? '')) virtuoso = true;
    const body = await readCapped(response);
    // Virtuoso reports some failed updates in a 200 answer's text rather than by status.
    const failed = !response.ok || (virtuoso && /^Virtuoso \w+ Error /m.test(body.text));
    if (!failed) return { ok: true };
    const excerpt = bodyExcerpt(body);
    return { ok: false, message: statusText(endpoint, response, excerpt, { expected: 'update', ...(user ? { user } : {}) }), limit: virtuoso && VIRTUOSO_LIMIT.test(body.text) };
  };
  return {
    virtuoso: () => virtuoso,
    async run(update, options = {}) {
      const autocommit = Boolean(options.autocommit && virtuoso);
      const first = await send(update, autocommit);
      if (first.ok) return { autocommit };
      if (!first.limit || autocommit) throw new UpdateFailed(first.message, autocommit, true);
      const again = await send(update, true);
      if (!again.ok) throw new UpdateFailed(again.message, true, true);
      return { autocommit: true };
    },
  };
}
