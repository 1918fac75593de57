/**
 * Pieces shared by both signature forms: the `Credential` value (`AKID/YYYYMMDD/region/service/aws4_request`),
 * the request time, and the rule that `host` must be signed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html
 */
import { parseAmzDate, parseHttpDate, formatAmzDate } from './amz-date.js';
import { incompleteSignature, invalidScopeTerminator } from './errors.js';
import type { SigV4Failure } from './types.js';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const TERMINATOR = 'aws4_request';

export interface CredentialScope {
  readonly ok: true;
  readonly accessKeyId: string;
  readonly scope: string;
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
}

export function parseCredential(credential: string): CredentialScope | SigV4Failure {
  const parts = credential.split('/');
  const [accessKeyId, scopeDate, region, service, terminator] = parts;
  if (
    parts.length !== 5 ||
    accessKeyId === undefined ||
    scopeDate === undefined ||
    region === undefined ||
    service === undefined ||
    terminator === undefined ||
    [accessKeyId, scopeDate, region, service].some((p) => p === '')
  ) {
    return incompleteSignature(
      `Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request". Credential=${credential}`,
    );
  }
  if (terminator !== TERMINATOR) return invalidScopeTerminator();
  return { ok: true, accessKeyId, scope: parts.slice(1).join('/'), scopeDate, region, service };
}

/** Parses the request time; `source` is `'amz'` for X-Amz-Date, `'http'` for the Date header. */
type RequestTime = { ok: true; amzDate: string; requestTime: Date } | SigV4Failure;

/** The last time parsed: the requests of one second carry the same X-Amz-Date. */
let lastParsed: { value: string; source: 'amz' | 'http'; result: RequestTime } | undefined;

export function parseRequestTime(value: string, source: 'amz' | 'http'): RequestTime {
  if (lastParsed && lastParsed.value === value && lastParsed.source === source) return lastParsed.result;
  const result = parseRequestTimeOnce(value, source);
  lastParsed = { value, source, result };
  return result;
}

function parseRequestTimeOnce(value: string, source: 'amz' | 'http'): RequestTime {
  const time = source === 'amz' ? parseAmzDate(value) : parseHttpDate(value);
  if (!time) {
    return incompleteSignature(
      `Date must be in ISO-8601 'basic format'. Got '${value}'. See http://en.wikipedia.org/wiki/ISO_8601`,
    );
  }
  return { ok: true, amzDate: formatAmzDate(time), requestTime: time };
}

/** AWS requires the host (or HTTP/2 `:authority`) header to be signed. */
export function checkHostSigned(signedHeaders: readonly string[]): SigV4Failure | undefined {
  const names = signedHeaders.map((h) => h.toLowerCase());
  if (names.includes('host') || names.includes(':authority')) return undefined;
  return incompleteSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
}

/** Splits `host;x-amz-date` into names, dropping empty entries. */
export function splitSignedHeaders(value: string): string[] {
  return value.split(';').filter((h) => h !== '');
}
