// fetch with HTTP authentication as the server asks, for one run against one store: the first request goes out
// plain, a 401 is answered with Digest or Basic, and later requests carry that scheme at once, so a large body is
// not sent twice. Basic never goes over plain http:// to another host unless the user says the network is trusted.
import { fetchWithoutTimeout } from './fetch-without-timeout.js';
import { RemoteError } from '../errors.js';
import { basicAuthorization, type Credentials, digestAuthorization, digestSupported } from './http-auth.js';
import { readCapped } from './read-capped.js';
import { type Challenge, parseChallenges } from './www-authenticate.js';

export type AuthScheme = 'none' | 'basic' | 'digest';

export interface AuthedResponse {
  readonly response: Response;
  /** How the request got through: without authentication, or with the scheme the server asked for. */
  readonly auth: AuthScheme;
}

export interface AuthPolicy {
  readonly credentials?: Credentials;
  /** Allow Basic over plain http:// to a host that is not loopback (`--insecure-http`). */
  readonly insecureHttp?: boolean;
  /** The store is known to ask for Digest (see store-layouts.ts): a challenge offering only Basic is warned about. */
  readonly expectDigest?: boolean;
  /** Where warnings go (the CLI prints them on stderr). */
  readonly warn?: (message: string) => void;
  readonly timeoutMs: number;
}

export interface AuthedRequest {
  readonly method: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as it is; kept by the caller until the answer is in (a 401 sends it again). */
  readonly body?: string | Uint8Array;
  /** Wait for the answer however long it takes, instead of the policy's timeout (for work the store goes on with anyway). */
  readonly wait?: boolean;
  /** A large body: sent through node:http, which does not copy it as fetch does (fetch-without-timeout.ts). */
  readonly large?: boolean;
}

export type AuthedFetch = (url: URL, request: AuthedRequest) => Promise<AuthedResponse>;

/** The store could not be reached or did not answer in time: worth another try, unlike a refusal. */
export class UnreachableError extends RemoteError {}

/** What a server asked for, remembered per origin so later requests answer it without a 401 first. */
interface OriginAuth {
  scheme: 'basic' | 'digest';
  challenge: Challenge;
  /** Requests sent with this Digest nonce (RFC 7616 nc). */
  uses: number;
}

/**
 * One authenticated client: on 401 it picks Digest over Basic (the password never travels) and sends the request once
 * more; afterwards it authenticates every request to that origin up front. `fetchImpl` is for tests; `httpImpl` sends
 * the requests that wait without a timeout or carry a large body (node:http unless a test gives its own fetch).
 */
export function createAuthedFetch(policy: AuthPolicy, fetchImpl: typeof fetch = fetch, httpImpl: typeof fetch = fetchImpl === fetch ? fetchWithoutTimeout : fetchImpl): AuthedFetch {
  const origins = new Map<string, OriginAuth>();
  /** Origins that offered Digest at some point in this run: Basic alone from them later is a downgrade. */
  const offeredDigest = new Set<string>();

  const send = async (url: URL, request: AuthedRequest, authorization?: string): Promise<Response> => {
    try {
      return await (request.wait || request.large ? httpImpl : fetchImpl)(url, {
        method: request.method,
        headers: { ...request.headers, ...(authorization ? { authorization } : {}) },
        ...(request.body !== undefined ? { body: request.body as RequestInit["body"] } : {}),
        redirect: 'manual',
        ...(request.wait ? {} : { signal: AbortSignal.timeout(policy.timeoutMs) }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const why = (error as Error).name === 'TimeoutError' ? `no answer within ${policy.timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new UnreachableError(`cannot reach ${where(url)}: ${why}. Check the URL and that the store is running.`);
    }
  };

  const authorize = (url: URL, request: AuthedRequest, known: OriginAuth): string => {
    if (known.scheme === 'basic') return basicAuthorization(policy.credentials as Credentials);
    known.uses += 1;
    return digestAuthorization(known.challenge, policy.credentials as Credentials, { method: request.method, uri: url.pathname + url.search, nc: known.uses }) as string;
  };

  /** Answers the challenge in a 401 and sends the request again (once more if the Digest nonce was only stale). */
  const answer = async (url: URL, request: AuthedRequest, unauthorized: Response): Promise<AuthedResponse> => {
    let challenges = parseChallenges(unauthorized.headers.get('www-authenticate') ?? '');
    await readCapped(unauthorized, 0);
    for (let attempt = 0; ; attempt++) {
      const known = choose(url, challenges);
      origins.set(url.origin, known);
      const response = await send(url, request, authorize(url, request, known));
      if (response.status !== 401) return { response, auth: known.scheme };
      const again = parseChallenges(response.headers.get('www-authenticate') ?? '');
      await readCapped(response, 0);
      origins.delete(url.origin);
      const stale = again.find((c) => c.scheme === 'digest')?.params.stale?.toLowerCase() === 'true';
      if (!stale || attempt > 0) {
        throw new RemoteError(`${where(url)} refused user "${policy.credentials?.user}" (${known.scheme === 'digest' ? 'Digest' : 'Basic'} authentication failed${realm(challenges)}): check --user and --password`);
      }
      challenges = again;
    }
  };

  const choose = (url: URL, challenges: readonly Challenge[]): OriginAuth => {
    const offered = challenges.map((c) => c.scheme).join(', ') || 'no scheme';
    if (!policy.credentials) throw new RemoteError(`${where(url)} asks for authentication (${offered}${realm(challenges)}): give --user and --password`);
    const digest = challenges.find((c) => c.scheme === 'digest');
    if (digest) offeredDigest.add(url.origin);
    if (digest && digestSupported(digest)) {
      return { scheme: 'digest', challenge: digest, uses: 0 };
    }
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (!basic) {
      throw new RemoteError(`${where(url)} asks for authentication deai-kg cannot give (${offered}${digest ? `, algorithm ${digest.params.algorithm ?? 'MD5'}, qop ${digest.params.qop ?? 'none'}` : ''}). Expected Basic, or Digest with MD5 or SHA-256 and qop=auth.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname) && !policy.insecureHttp) {
      throw new RemoteError(
        `${where(url)} asks for Basic authentication over plain http://, which would send the password readable to anyone on the way. Use an https:// URL, or give --insecure-http if the network in between is trusted.`,
      );
    }
    if (!digest && (policy.expectDigest || offeredDigest.has(url.origin))) {
      policy.warn?.(`${where(url)} offers only Basic authentication where Digest was expected${offeredDigest.has(url.origin) ? ' (it offered Digest earlier in this run)' : ''}: the password now travels with every request. Check that nothing between you and the store rewrites its answers.`);
    }
    return { scheme: 'basic', challenge: basic, uses: 0 };
  };

  return async (url, request) => {
    const known = origins.get(url.origin);
    const first = await send(url, request, known ? authorize(url, request, known) : undefined);
    if (first.status !== 401) return { response: first, auth: known?.scheme ?? 'none' };
    return answer(url, request, first);
  };
}

/** Loopback by name or address: Basic may go there over plain http://, since it never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(host);
}

/** The URL without credentials or query, for messages. */
export function where(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function realm(challenges: readonly Challenge[]): string {
  const r = challenges.find((c) => c.params.realm !== undefined)?.params.realm;
  return r === undefined ? '' : `, realm "${r}"`;
}
