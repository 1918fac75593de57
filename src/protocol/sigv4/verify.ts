/**
 * Verifies a parsed SigV4 signature against the caller's secret: the credential scope date must match
 * the request date, the request time must be within 15 minutes of now (AWS answers SignatureDoesNotMatch
 * "Signature expired" / "Signature not yet current"), then the signature is recomputed with the SDK's
 * signer over exactly the signed headers and compared in constant time.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html
 */
import { timingSafeEqual } from 'node:crypto';
import { formatAmzDate } from './amz-date.js';
import {
  presignedRequestExpired,
  scopeDateMismatch,
  signatureDoesNotMatch,
  signatureExpired,
  signatureNotYetCurrent,
} from './errors.js';
import { headerValue } from './request-fields.js';
import { computeSignature, payloadHash, type CanonicalInput } from './signer.js';
import type { HttpRequestLike, ParsedSignature, SigV4Failure, SigV4Result, VerifyOptions } from './types.js';

export const DEFAULT_MAX_SKEW_MS = 15 * 60 * 1000;
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** Checks the scope date and the clock skew (and, if asked, X-Amz-Expires) of a parsed signature. */
export function checkSigV4Time(
  parsed: ParsedSignature,
  now: Date,
  options: VerifyOptions = {},
): SigV4Failure | undefined {
  if (parsed.scopeDate !== parsed.amzDate.slice(0, 8))
    return scopeDateMismatch(parsed.scopeDate, parsed.amzDate);
  const skew = options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  const minutes = Math.round(skew / 60000);
  const requestMs = parsed.requestTime.getTime();
  if (requestMs < now.getTime() - skew) {
    const nowText = formatAmzDate(now);
    return signatureExpired(parsed.amzDate, formatAmzDate(new Date(now.getTime() - skew)), nowText, minutes);
  }
  if (requestMs > now.getTime() + skew) {
    const nowText = formatAmzDate(now);
    return signatureNotYetCurrent(
      parsed.amzDate,
      formatAmzDate(new Date(now.getTime() + skew)),
      nowText,
      minutes,
    );
  }
  if (
    options.honorPresignedExpires === true &&
    parsed.form === 'query' &&
    parsed.expiresSeconds !== undefined &&
    now.getTime() > requestMs + parsed.expiresSeconds * 1000
  ) {
    return presignedRequestExpired();
  }
  return undefined;
}

/** The signed headers with the values received (HTTP/2 `:authority` stands in for a missing `host`). */
function signedHeaderValues(req: HttpRequestLike, names: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = headerValue(req, name) ?? (name === 'host' ? headerValue(req, ':authority') : undefined);
    if (value !== undefined) Object.defineProperty(headers, name, { value, enumerable: true });
  }
  return headers;
}

function copyQuery(req: HttpRequestLike): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(req.query)) {
    Object.defineProperty(query, key, {
      value: typeof value === 'string' ? value : [...value],
      enumerable: true,
    });
  }
  return query;
}

function sameSignature(expected: string, provided: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(provided, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The payload hash to sign with: the real body hash, so a tampered body (or an x-amz-content-sha256
 * header that lies about it) cannot verify; UNSIGNED-PAYLOAD only when explicitly allowed.
 */
function payloadHashFor(req: HttpRequestLike, options: VerifyOptions): string {
  const claimed = headerValue(req, 'x-amz-content-sha256');
  if (claimed === UNSIGNED_PAYLOAD && options.allowUnsignedPayload === true) return UNSIGNED_PAYLOAD;
  return payloadHash(req.body);
}

export async function verifySigV4(
  req: HttpRequestLike,
  parsed: ParsedSignature,
  secret: string,
  now: Date,
  options: VerifyOptions = {},
): Promise<SigV4Result> {
  const timeProblem = checkSigV4Time(parsed, now, options);
  if (timeProblem) return timeProblem;

  const request: CanonicalInput = {
    method: req.method.toUpperCase(),
    path: req.path === '' ? '/' : req.path,
    query: copyQuery(req),
    headers: signedHeaderValues(req, parsed.signedHeaders),
  };
  const expected = await computeSignature({
    accessKeyId: parsed.accessKeyId,
    secretAccessKey: secret,
    region: parsed.region,
    service: parsed.service,
    scope: parsed.scope,
    amzDate: parsed.amzDate,
    request,
    signedHeaders: parsed.signedHeaders,
    payloadHash: payloadHashFor(req, options),
  });
  if (!sameSignature(expected, parsed.signature)) return signatureDoesNotMatch();
  return {
    ok: true,
    accessKeyId: parsed.accessKeyId,
    region: parsed.region,
    service: parsed.service,
    signedHeaders: parsed.signedHeaders,
    presigned: parsed.form === 'query',
    ...(parsed.sessionToken !== undefined ? { sessionToken: parsed.sessionToken } : {}),
  };
}
