/**
 * SigV4 verification for the endpoint: parse the signature off a request (parseSigV4), let the server
 * look the access key up, then verify it with the SDK's own signer (verifySigV4):
 *
 *   const parsed = parseSigV4(req);                       // req.path raw, req.query decoded
 *   if (!parsed.ok) return fail(parsed);                  // MissingAuthenticationToken, IncompleteSignature...
 *   const key = await store.accessKey(parsed.accessKeyId);
 *   if (!key) return fail(invalidClientTokenId());
 *   const result = await verifySigV4(req, parsed, key.secret, new Date());
 *   if (!result.ok) return fail(result);                  // SignatureDoesNotMatch (mismatch, skew, scope date)
 *   // then: region/service of the scope (invalidScopeRegion/Service), session token, expiry (expiredToken)
 *
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 */
export type {
  HttpRequestLike,
  ParsedSignature,
  SigV4ErrorCode,
  SigV4Failure,
  SigV4Result,
  SigV4Verified,
  VerifyOptions,
} from './types.js';
export { parseSigV4 } from './parse.js';
export { verifySigV4, checkSigV4Time, DEFAULT_MAX_SKEW_MS } from './verify.js';
export { parseQueryString } from '../query-string.js';
export { formatAmzDate, parseAmzDate } from './amz-date.js';
export {
  expiredToken,
  incompleteSignature,
  invalidClientTokenId,
  invalidScopeRegion,
  invalidScopeService,
  missingAuthenticationToken,
  signatureDoesNotMatch,
  SIGNATURE_MISMATCH_MESSAGE,
} from './errors.js';
