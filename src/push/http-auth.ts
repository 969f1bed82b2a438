// Authorization headers for a challenge: Basic (RFC 7617) and Digest (RFC 7616: MD5, SHA-256, -sess, qop=auth).
import { createHash, randomBytes } from 'node:crypto';
import type { Challenge } from './www-authenticate.js';

export interface Credentials {
  readonly user: string;
  readonly password: string;
}

export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`;
}

export interface DigestRequest {
  readonly method: string;
  /** The request target as sent: path and query (`/sparql-graph-crud-auth?graph=…`). */
  readonly uri: string;
  /** Client nonce; random unless given (tests give one to check against the RFCs' examples). */
  readonly cnonce?: string;
  /** Nonce count, 1 for the first request with this nonce. */
  readonly nc?: number;
}

const HASHES: Readonly<Record<string, string>> = { md5: 'md5', 'md5-sess': 'md5', 'sha-256': 'sha256', 'sha-256-sess': 'sha256' };

/** Whether a Digest challenge asks for what is supported here (MD5 or SHA-256, plain or -sess; qop auth or none). */
export function digestSupported(challenge: Challenge): boolean {
  const p = challenge.params;
  const qops = qopsOf(challenge);
  return HASHES[(p.algorithm ?? 'MD5').toLowerCase()] !== undefined && p.nonce !== undefined && (qops.length === 0 || qops.includes('auth'));
}

/** Undefined when the challenge asks for what is not supported here (another algorithm, or qop=auth-int only). */
export function digestAuthorization(challenge: Challenge, credentials: Credentials, request: DigestRequest): string | undefined {
  if (!digestSupported(challenge)) return undefined;
  const p = challenge.params;
  const algorithm = (p.algorithm ?? 'MD5').toLowerCase();
  const hashName = HASHES[algorithm] as string;
  const hash = (text: string): string => createHash(hashName).update(text, 'utf8').digest('hex');
  const qops = qopsOf(challenge);
  const qop = qops.length > 0 ? 'auth' : undefined;
  const realm = p.realm ?? '';
  const cnonce = request.cnonce ?? randomBytes(16).toString('hex');
  const nc = (request.nc ?? 1).toString(16).padStart(8, '0');
  let ha1 = hash(`${credentials.user}:${realm}:${credentials.password}`);
  if (algorithm.endsWith('-sess')) ha1 = hash(`${ha1}:${p.nonce}:${cnonce}`);
  const ha2 = hash(`${request.method}:${request.uri}`);
  const response = qop ? hash(`${ha1}:${p.nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : hash(`${ha1}:${p.nonce}:${ha2}`);
  const fields = [
    `username=${quote(credentials.user)}`,
    `realm=${quote(realm)}`,
    `nonce=${quote(p.nonce as string)}`,
    `uri=${quote(request.uri)}`,
    `algorithm=${p.algorithm ?? 'MD5'}`,
    `response=${quote(response)}`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`] : []),
    ...(p.opaque !== undefined ? [`opaque=${quote(p.opaque)}`] : []),
  ];
  return `Digest ${fields.join(', ')}`;
}

function qopsOf(challenge: Challenge): string[] {
  return (challenge.params.qop ?? '').split(',').map((q) => q.trim().toLowerCase()).filter((q) => q !== '');
}

function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
