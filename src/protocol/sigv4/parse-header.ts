/**
 * Parses the header form of SigV4:
 * `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/iam/aws4_request,
 *  SignedHeaders=content-type;host;x-amz-date, Signature=<hex>`
 * with AWS's IncompleteSignature wording for malformed headers (one sentence per missing part, then
 * `Authorization=<header>`), as IAM/STS/SES return it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html
 */
import {
  ALGORITHM,
  checkHostSigned,
  parseCredential,
  parseRequestTime,
  splitSignedHeaders,
} from './credential.js';
import { incompleteSignature } from './errors.js';
import { headerValue } from './request-fields.js';
import type { HttpRequestLike, ParsedSignature, SigV4Failure } from './types.js';

export function parseAuthorizationHeader(
  req: HttpRequestLike,
  header: string,
): ParsedSignature | SigV4Failure {
  const trimmed = header.trim();
  const space = trimmed.indexOf(' ');
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  if (algorithm !== ALGORITHM) {
    return incompleteSignature(
      `Unsupported authorization type '${algorithm}': sign the request with ${ALGORITHM} (Signature Version 4). ` +
        `Authorization=${header}`,
    );
  }

  const fields = new Map<string, string>();
  // AWS tokenizes on commas and whitespace alike: a stray space inside the Credential value yields
  // "'/20150620/us-east-1/...' not a valid key=value pair" (aws/aws-sdk-go#289).
  for (const part of (space < 0 ? '' : trimmed.slice(space + 1)).split(/[\s,]+/)) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      return incompleteSignature(
        `'${part}' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`,
      );
    }
    const key = part.slice(0, eq);
    if (!fields.has(key)) fields.set(key, part.slice(eq + 1));
  }

  const credential = fields.get('Credential');
  const signature = fields.get('Signature');
  const signedHeaders = fields.get('SignedHeaders');
  const amzDate = headerValue(req, 'x-amz-date');
  const httpDate = amzDate === undefined ? headerValue(req, 'date') : undefined;

  const missing: string[] = [];
  if (credential === undefined) missing.push("Authorization header requires 'Credential' parameter.");
  if (signature === undefined) missing.push("Authorization header requires 'Signature' parameter.");
  if (signedHeaders === undefined) missing.push("Authorization header requires 'SignedHeaders' parameter.");
  if (amzDate === undefined && httpDate === undefined) {
    missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  if (
    credential === undefined ||
    signature === undefined ||
    signedHeaders === undefined ||
    missing.length > 0
  ) {
    return incompleteSignature(`${missing.join(' ')} Authorization=${header}`);
  }

  const scope = parseCredential(credential);
  if (!scope.ok) return scope;
  const time =
    amzDate !== undefined ? parseRequestTime(amzDate, 'amz') : parseRequestTime(httpDate ?? '', 'http');
  if (!time.ok) return time;
  const headers = splitSignedHeaders(signedHeaders);
  const hostProblem = checkHostSigned(headers);
  if (hostProblem) return hostProblem;

  const sessionToken = headerValue(req, 'x-amz-security-token');
  return {
    ok: true,
    form: 'header',
    accessKeyId: scope.accessKeyId,
    scope: scope.scope,
    scopeDate: scope.scopeDate,
    region: scope.region,
    service: scope.service,
    signedHeaders: headers,
    signature,
    amzDate: time.amzDate,
    requestTime: time.requestTime,
    ...(sessionToken !== undefined ? { sessionToken } : {}),
  };
}
