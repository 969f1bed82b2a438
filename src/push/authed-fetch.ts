// fetch with HTTP authentication as the server asks: the request goes out plain; a 401 is answered with Digest or Basic.
import { RemoteError } from '../errors.js';
import { basicAuthorization, type Credentials, digestAuthorization } from './http-auth.js';
import { type Challenge, parseChallenges } from './www-authenticate.js';

export interface AuthedResponse {
  readonly response: Response;
  /** How the request got through: without authentication, or with the scheme the server asked for. */
  readonly auth: 'none' | 'basic' | 'digest';
}

export interface FetchOptions {
  readonly method: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly credentials?: Credentials;
  readonly timeoutMs: number;
}

/**
 * Sends the request; on 401 picks Digest over Basic (the password never travels) and sends it again once.
 * Network failures and refused credentials become RemoteError with what to do about them.
 */
export async function authedFetch(url: URL, options: FetchOptions): Promise<AuthedResponse> {
  const first = await send(url, options, {});
  if (first.status !== 401) return { response: first, auth: 'none' };
  const challenges = parseChallenges(first.headers.get('www-authenticate') ?? '');
  await first.arrayBuffer().catch(() => undefined);
  const offered = challenges.map((c) => c.scheme).join(', ') || 'no scheme';
  if (!options.credentials) {
    throw new RemoteError(`${where(url)} asks for authentication (${offered}${realm(challenges)}): give --user and --password`);
  }
  const digest = challenges.find((c) => c.scheme === 'digest');
  const basic = challenges.find((c) => c.scheme === 'basic');
  const digestHeader = digest ? digestAuthorization(digest, options.credentials, { method: options.method, uri: url.pathname + url.search }) : undefined;
  const authorization = digestHeader ?? (basic ? basicAuthorization(options.credentials) : undefined);
  if (!authorization) {
    throw new RemoteError(`${where(url)} asks for authentication deai-kg cannot give (${offered}${digest ? `, algorithm ${digest.params.algorithm ?? 'MD5'}, qop ${digest.params.qop ?? 'none'}` : ''}). Expected Basic, or Digest with MD5 or SHA-256 and qop=auth.`);
  }
  const auth = digestHeader ? 'digest' : 'basic';
  const second = await send(url, options, { authorization });
  if (second.status === 401) {
    await second.arrayBuffer().catch(() => undefined);
    throw new RemoteError(`${where(url)} refused user "${options.credentials.user}" (${auth === 'digest' ? 'Digest' : 'Basic'} authentication failed${realm(challenges)}): check --user and --password`);
  }
  return { response: second, auth };
}

async function send(url: URL, options: FetchOptions, extra: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, {
      method: options.method,
      headers: { ...options.headers, ...extra },
      ...(options.body !== undefined ? { body: options.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new RemoteError(`cannot reach ${where(url)}: ${why}. Check the URL and that the store is running.`);
  }
}

/** The URL without credentials or query, for messages. */
export function where(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function realm(challenges: readonly Challenge[]): string {
  const r = challenges.find((c) => c.params.realm !== undefined)?.params.realm;
  return r === undefined ? '' : `, realm "${r}"`;
}
