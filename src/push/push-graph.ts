// Replaces a named graph in a triple store without ever leaving it half-written: the N-Triples chunks go into a
// staging graph (SPARQL 1.1 Graph Store POSTs, each retried if it fails on the way), the staging graph is counted,
// and only then is it moved onto the target in one SPARQL 1.1 Update (MOVE). On any failure before the swap the
// target is untouched and the staging graph is dropped.
import { RemoteError } from '../errors.js';
import { type AuthedFetch, type AuthScheme, UnreachableError, where } from './authed-fetch.js';
import { countByReading, countBySparql, type TripleCount } from './count-triples.js';
import { createUpdateClient, UpdateFailed, VIRTUOSO_TRANSACTION_TRIPLES } from './graph-updates.js';
import type { NTriplesChunk } from './ntriples-chunks.js';
import { readCapped } from './read-capped.js';
import { bodyExcerpt, statusText } from './status-message.js';

export interface PushOptions {
  /** An authenticated client for this store (createAuthedFetch). */
  readonly fetch: AuthedFetch;
  /** The Graph Store endpoint, e.g. Virtuoso's http://127.0.0.1:8890/sparql-graph-crud-auth. */
  readonly graphStore: URL;
  /** The SPARQL 1.1 Update endpoint, for dropping the staging graph and the swap. */
  readonly update: URL;
  /** The SPARQL query endpoint for the counts; without it the graphs are read back and counted. */
  readonly query?: URL;
  /** The store's name, for messages ("Virtuoso"). */
  readonly store?: string;
  /** The named graph to replace. */
  readonly graph: string;
  /** The graph as N-Triples chunks of distinct triples, none in two chunks (groupsToNTriplesChunks). */
  readonly chunks: AsyncIterable<NTriplesChunk> | Iterable<NTriplesChunk>;
  /** Count the staging graph before the swap and the target after it (default true). */
  readonly verify?: boolean;
  /** Further tries of a chunk that failed on the way (network, timeout, 5xx); default 3. */
  readonly retries?: number;
  /** Milliseconds before the first retry; doubled for each next one. Default 1000. */
  readonly retryDelayMs?: number;
  readonly user?: string;
  readonly onChunk?: (chunk: NTriplesChunk) => void;
  readonly warn?: (message: string) => void;
}

export interface PushReport {
  readonly triples: number;
  readonly chunks: number;
  /** Chunks sent more than once. */
  readonly retried: number;
  readonly auth: AuthScheme;
  /** How the swap ran: one transaction, or (Virtuoso, large graphs) its autocommit mode. */
  readonly swap: 'transaction' | 'autocommit';
  /** The triples in the target afterwards, and how they were counted. */
  readonly count?: TripleCount;
}

/** The staging graph for a target: fixed, so the next push drops what a killed one left behind. */
export function stagingGraphFor(graph: string): string {
  return `urn:deai-kg:staging:${encodeURIComponent(graph)}`;
}

export async function pushGraph(options: PushOptions): Promise<PushReport> {
  const staging = stagingGraphFor(options.graph);
  const updates = createUpdateClient(options.fetch, options.update, options.user);
  const count = (graph: string): Promise<TripleCount> =>
    options.query ? countBySparql(options.fetch, options.query, graph, options.store) : countByReading(options.fetch, options.graphStore, graph);
  const untouched = async (why: string): Promise<RemoteError> => {
    const dropped = await updates.run(`DROP SILENT GRAPH <${staging}>`, { autocommit: true }).then(
      () => 'which was dropped',
      (error: Error) => `which deai-kg could not drop (${error.message}); the next push to <${options.graph}> drops it`,
    );
    return new RemoteError(`${why.replace(/\.+$/, '')}. Nothing was replaced: <${options.graph}> holds what it held before; the new triples went to the staging graph <${staging}>, ${dropped}.`);
  };

  // A killed push leaves its staging graph behind: start from an empty one. This request also settles authentication.
  await updates.run(`DROP SILENT GRAPH <${staging}>`, { autocommit: true });
  const target = new URL(options.graphStore);
  target.searchParams.set('graph', staging);
  let triples = 0;
  let chunks = 0;
  let retried = 0;
  let auth: AuthScheme = 'none';
  // One request in flight while the next chunk is made. The chunker reuses its buffer, so each chunk is copied into
  // one of two buffers used in turn (the one in flight and the next), grown as needed and never freed: memory holds
  // at most three chunks whatever the graph's size, and makes no garbage per chunk.
  const copies = [new Uint8Array(0), new Uint8Array(0)];
  let taken = 0;
  let inFlight: Promise<{ chunk: NTriplesChunk; sent?: Sent; error?: unknown }> | undefined;
  const settle = async (): Promise<void> => {
    if (!inFlight) return;
    const { chunk, sent, error } = await inFlight;
    inFlight = undefined;
    if (!sent) throw error;
    auth = sent.auth;
    retried += sent.attempts > 1 ? 1 : 0;
    triples += chunk.triples;
    chunks += 1;
    options.onChunk?.(chunk);
  };
  try {
    for await (const next of options.chunks) {
      const slot = taken++ % 2;
      if ((copies[slot] as Uint8Array).length < next.bytes.length) copies[slot] = new Uint8Array(Math.ceil(next.bytes.length * 1.25));
      const copy = (copies[slot] as Uint8Array).subarray(0, next.bytes.length);
      copy.set(next.bytes);
      const chunk = { ...next, bytes: copy };
      await settle();
      inFlight = postChunk(options, target, chunk).then(
        (sent) => ({ chunk, sent }),
        (error: unknown) => ({ chunk, error }),
      );
    }
    await settle();
  } catch (error) {
    await inFlight; // a request still under way must end before its staging graph is dropped (it never rejects)
    if (error instanceof ChunkFailed) throw await untouched(`chunk ${chunks + 1} (from triple ${triples + 1}) failed: ${error.message}`);
    if (error instanceof RemoteError) throw await untouched(error.message);
    // The graph's own error (bad input found while mapping it): report it as it is, and that nothing was replaced.
    options.warn?.((await untouched('the push stopped')).message);
    throw error;
  }

  const verify = options.verify ?? true;
  if (verify) {
    const staged = await count(staging);
    if (staged.triples !== triples) {
      throw await untouched(`${where(options.graphStore)} holds ${staged.triples} of the ${triples} triples sent in the staging graph (counted via ${staged.via}); it may have rejected or rewritten part of the data, check its log`);
    }
  }
  const big = updates.virtuoso() && triples > VIRTUOSO_TRANSACTION_TRIPLES;
  const swapped = await updates.run(`MOVE <${staging}> TO <${options.graph}>`, { autocommit: big }).catch(async (error: Error) => {
    if (!(error instanceof UpdateFailed)) throw error;
    if (!error.answered) {
      throw new RemoteError(
        `the swap (MOVE of the staging graph <${staging}> onto <${options.graph}>) got no answer: ${error.message} The store may still be running it: count <${options.graph}> (${triples} triples once it is done) before pushing again.`,
      );
    }
    if (error.autocommit) {
      throw new RemoteError(`the swap failed in ${options.store ?? 'Virtuoso'}'s autocommit mode: ${error.message}. <${options.graph}> may be partly replaced: push again.`);
    }
    throw await untouched(`the swap (MOVE of the staging graph onto the target) failed: ${error.message}`);
  });
  if (swapped.autocommit) {
    options.warn?.(
      `${options.store ?? 'Virtuoso'} cannot move ${triples} triples in one transaction, so the swap ran in its autocommit mode: readers saw <${options.graph}> partly replaced while it ran, and a store crash during it would have left it so (raise TransactionAfterImageLimit in virtuoso.ini to keep it atomic)`,
    );
  }
  const swap = swapped.autocommit ? 'autocommit' : 'transaction';
  if (!verify) return { triples, chunks, retried, auth, swap };
  const after = await count(options.graph);
  if (after.triples !== triples) {
    throw new RemoteError(`pushed ${triples} triples to <${options.graph}>, but ${where(options.graphStore)} now holds ${after.triples} there (counted via ${after.via}). The store may have rewritten part of the data; check its log.`);
  }
  return { triples, chunks, retried, auth, swap, count: after };
}

/** A chunk the store refused, or that failed every try. */
class ChunkFailed extends Error {}

/**
 * Worth another try: the store may be restarting, overloaded or behind a proxy; not a refusal of the data. A 500 is
 * one unless it says the data is wrong (Virtuoso answers a syntax error with 500 and SQL state 22023 or 37000).
 */
function transient(status: number, text: string): boolean {
  if ([408, 429, 502, 503, 504].includes(status)) return true;
  return status === 500 && !/syntax|pars(e|ing)|RDF loader|line \d+|invalid|malformed|rejected|unsupported|\bError (?:22\d{3}|37000)\b/i.test(text);
}

/**
 * POSTs one chunk into the staging graph. Sending a chunk again is safe: a graph is a set, and the chunks hold no
 * blank nodes (the data has none), so triples a failed try did store are not doubled.
 */
interface Sent {
  readonly auth: AuthScheme;
  readonly attempts: number;
}

async function postChunk(options: PushOptions, url: URL, chunk: NTriplesChunk): Promise<Sent> {
  const retries = options.retries ?? 3;
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    let again: boolean;
    try {
      const { response, auth } = await options.fetch(url, { method: 'POST', headers: { 'content-type': 'application/n-triples' }, body: chunk.bytes, large: true });
      const body = await readCapped(response);
      if (response.ok) return { auth, attempts: attempt };
      failure = statusText(url, response, bodyExcerpt(body), { expected: 'graph-store', ...(options.user ? { user: options.user } : {}) });
      again = transient(response.status, body.text);
    } catch (error) {
      if (!(error instanceof UnreachableError)) throw error;
      failure = error.message;
      again = true;
    }
    if (!again || attempt > retries) throw new ChunkFailed(attempt > 1 ? `${failure} (after ${attempt} tries)` : failure);
    const delay = (options.retryDelayMs ?? 1000) * 2 ** (attempt - 1);
    options.warn?.(`chunk ${chunk.index + 1} failed (${failure}); sending it again in ${delay / 1000} s (try ${attempt + 1} of ${retries + 1})`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
