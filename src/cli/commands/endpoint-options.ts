// Options for talking to a remote store, shared by push, query --endpoint and table --endpoint: URLs, a graph IRI,
// credentials (the password from --password or DEAI_KG_PASSWORD), a timeout, and the plain-http guard.
import { type Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import type { AuthPolicy, AuthedFetch } from '../../push/authed-fetch.js';
import { predeclaredPrefixes } from '../../sparql/prefixes.js';
import type { SparqlEngine } from '../../sparql/sparql-engine.js';
import { warn } from '../report.js';

export interface RemoteCliOptions {
  readonly user?: string;
  readonly password?: string;
  readonly insecureHttp?: boolean;
  readonly timeout: string;
}

/** --user, --password, --insecure-http and --timeout (long names unless told: query and table have their own short ones). */
export function withRemoteOptions(command: Command, timeoutMs: number, userFlags = '--user <USER>'): Command {
  return command
    .option(userFlags, 'user name, if the store asks for one')
    .option('--password <PASSWORD>', 'password (or set DEAI_KG_PASSWORD, which keeps it out of the process list)')
    .option('--insecure-http', 'allow Basic authentication over plain http:// to a host that is not this machine')
    .addOption(new Option('--timeout <MS>', 'give up on a request after this many milliseconds').default(String(timeoutMs)));
}

/** An http(s) URL without credentials in it, or a usage error naming the option. */
export function httpUrl(option: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option} must be an http(s) URL, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${option} must be an http(s) URL, not "${value}"`);
  if (url.username || url.password) throw new UsageError(`${option} must not carry credentials: give --user and --password instead`);
  return url;
}

/** An absolute IRI for --graph, or a usage error. */
export function graphIri(value: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)) throw new UsageError(`--graph must be an absolute IRI, not "${value}"`);
  return value;
}

/** The authentication policy the options describe (checked: a password needs a user and the other way round). */
export function authPolicy(options: RemoteCliOptions, extra: Partial<AuthPolicy> = {}): AuthPolicy {
  const password = options.password ?? process.env.DEAI_KG_PASSWORD;
  if (password !== undefined && !options.user) throw new UsageError('a password needs a user: give --user');
  if (options.user && password === undefined) throw new UsageError('--user needs a password: give --password or set DEAI_KG_PASSWORD');
  const timeoutMs = Number(options.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new UsageError(`--timeout must be a whole number of milliseconds, not "${options.timeout}"`);
  return {
    timeoutMs,
    warn,
    ...(options.insecureHttp ? { insecureHttp: true } : {}),
    ...(options.user && password !== undefined ? { credentials: { user: options.user, password } } : {}),
    ...extra,
  };
}

/** The client for a remote store. Imported only then: it brings node:http, node:https and node:crypto (~20 ms). */
export async function authedFetchFor(options: RemoteCliOptions, extra: Partial<AuthPolicy> = {}): Promise<AuthedFetch> {
  const policy = authPolicy(options, extra);
  const { createAuthedFetch } = await import('../../push/authed-fetch.js');
  return createAuthedFetch(policy);
}

export interface EndpointCliOptions extends RemoteCliOptions {
  readonly endpoint?: string;
  readonly graph?: string;
  readonly base?: string;
}

/** `--endpoint URL [--graph IRI]` and the remote options, for query and table. */
export function withEndpointOptions(command: Command): Command {
  return withRemoteOptions(
    command
      .option('--endpoint <URL>', "ask a remote SPARQL 1.1 query endpoint instead (e.g. Virtuoso's http://HOST:8890/sparql)")
      .option('--graph <IRI>', 'with --endpoint: the default graph of the query (e.g. the graph deai-kg push wrote)'),
    300_000,
  );
}

/** The remote engine the options ask for, or undefined when no --endpoint is given (loaded only then). */
export async function remoteEngineFor(options: EndpointCliOptions): Promise<SparqlEngine | undefined> {
  if (options.endpoint === undefined) {
    if (options.graph !== undefined) throw new UsageError('--graph is for a remote store: give --endpoint URL too');
    return undefined;
  }
  const endpoint = httpUrl('--endpoint', options.endpoint);
  const defaultGraph = options.graph !== undefined ? graphIri(options.graph) : undefined;
  const { createRemoteEngine } = await import('../../sparql/remote-engine.js');
  return createRemoteEngine({ endpoint, fetch: await authedFetchFor(options), prefixes: predeclaredPrefixes(options.base), ...(defaultGraph !== undefined ? { defaultGraph } : {}) });
}
