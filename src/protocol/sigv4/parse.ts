/**
 * Entry point for reading a SigV4 signature off a request without verifying it: picks the header or the
 * presigned-query form, or answers MissingAuthenticationToken when neither is present. The server then
 * looks up `accessKeyId` (unknown -> InvalidClientTokenId) and calls verifySigV4 with its secret.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 */
import { incompleteSignature, missingAuthenticationToken } from './errors.js';
import { parseAuthorizationHeader } from './parse-header.js';
import { hasQueryAuth, parsePresignedQuery } from './parse-query.js';
import { headerValue } from './request-fields.js';
import type { HttpRequestLike, ParsedSignature, SigV4Failure } from './types.js';

export function parseSigV4(req: HttpRequestLike): ParsedSignature | SigV4Failure {
  const header = headerValue(req, 'authorization');
  const authorization = header !== undefined && header.trim() !== '' ? header : undefined;
  const presigned = hasQueryAuth(req);
  if (authorization !== undefined && presigned) {
    return incompleteSignature(
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header ' +
        'should be specified',
    );
  }
  if (authorization !== undefined) return parseAuthorizationHeader(req, authorization);
  if (presigned) return parsePresignedQuery(req);
  return missingAuthenticationToken();
}
