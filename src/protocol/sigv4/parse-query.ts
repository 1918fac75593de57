/**
 * Parses the presigned (query-string) form of SigV4: X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
 * X-Amz-SignedHeaders, X-Amz-Signature, and optionally X-Amz-Expires and X-Amz-Security-Token, as the
 * SDKs produce for e.g. a presigned STS GetCallerIdentity URL (EKS tokens).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#add-signature-to-request
 */
import {
  ALGORITHM,
  checkHostSigned,
  parseCredential,
  parseRequestTime,
  splitSignedHeaders,
} from './credential.js';
import { incompleteSignature } from './errors.js';
import { queryValue } from './request-fields.js';
import type { HttpRequestLike, ParsedSignature, SigV4Failure } from './types.js';

export const AUTH_QUERY_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Signature',
  'X-Amz-Date',
  'X-Amz-SignedHeaders',
] as const;

/** True when the query carries any presigned-URL authentication parameter. */
export function hasQueryAuth(req: HttpRequestLike): boolean {
  return ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature'].some(
    (p) => queryValue(req, p) !== undefined,
  );
}

export function parsePresignedQuery(req: HttpRequestLike): ParsedSignature | SigV4Failure {
  const missing = AUTH_QUERY_PARAMS.filter((p) => queryValue(req, p) === undefined);
  const algorithm = queryValue(req, 'X-Amz-Algorithm');
  const credential = queryValue(req, 'X-Amz-Credential');
  const signature = queryValue(req, 'X-Amz-Signature');
  const amzDate = queryValue(req, 'X-Amz-Date');
  const signedHeaders = queryValue(req, 'X-Amz-SignedHeaders');
  if (
    missing.length > 0 ||
    algorithm === undefined ||
    credential === undefined ||
    signature === undefined ||
    amzDate === undefined ||
    signedHeaders === undefined
  ) {
    const list = missing.map((p) => `'${p}'`).join(', ');
    return incompleteSignature(
      `AWS query-string parameters must include ${list}. Re-examine the query-string parameters.`,
    );
  }
  if (algorithm !== ALGORITHM) {
    return incompleteSignature(`X-Amz-Algorithm only supports '${ALGORITHM}', not '${algorithm}'.`);
  }

  const scope = parseCredential(credential);
  if (!scope.ok) return scope;
  const time = parseRequestTime(amzDate, 'amz');
  if (!time.ok) return time;
  const headers = splitSignedHeaders(signedHeaders);
  const hostProblem = checkHostSigned(headers);
  if (hostProblem) return hostProblem;

  const expires = queryValue(req, 'X-Amz-Expires');
  if (expires !== undefined && !/^\d{1,9}$/.test(expires)) {
    return incompleteSignature(
      `X-Amz-Expires must be a non-negative integer number of seconds, not '${expires}'.`,
    );
  }
  const sessionToken = queryValue(req, 'X-Amz-Security-Token');
  return {
    ok: true,
    form: 'query',
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
    ...(expires !== undefined ? { expiresSeconds: Number(expires) } : {}),
  };
}
