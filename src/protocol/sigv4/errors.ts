/**
 * The authentication errors IAM and STS return, with AWS's own wording. Sources:
 * - messages for scope, skew and mismatch: IAM UG "Troubleshoot Signature Version 4 signing"
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html
 * - codes and statuses as seen on the wire from STS/IAM (e.g. aws/aws-cli#6676: clock skew is
 *   `SignatureDoesNotMatch` "Signature expired: ... (... - 15 min.)", not the documented RequestExpired;
 *   amzn/selling-partner-api-docs#3081: STS 403 MissingAuthenticationToken; aws-azure-login#251: STS 403
 *   InvalidClientTokenId; amazonka#316: Query-protocol IncompleteSignature is 400 with the
 *   "Authorization header requires 'X' parameter." sentences)
 * - common error table: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 */
import type { SigV4ErrorCode, SigV4Failure } from './types.js';

function failure(code: SigV4ErrorCode, message: string, httpStatus: number): SigV4Failure {
  return { ok: false, code, message, httpStatus, type: 'Sender' };
}

export const missingAuthenticationToken = (): SigV4Failure =>
  failure('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);

export const incompleteSignature = (message: string): SigV4Failure =>
  failure('IncompleteSignature', message, 400);

/** Unknown access key id, or a session token that does not belong to it. */
export const invalidClientTokenId = (): SigV4Failure =>
  failure('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);

/** A temporary credential used after its expiration. */
export const expiredToken = (): SigV4Failure =>
  failure('ExpiredToken', 'The security token included in the request is expired', 403);

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

export const signatureDoesNotMatch = (message: string = SIGNATURE_MISMATCH_MESSAGE): SigV4Failure =>
  failure('SignatureDoesNotMatch', message, 403);

/** `now - skew` is later than the request time. */
export const signatureExpired = (
  amzDate: string,
  limit: string,
  now: string,
  minutes: number,
): SigV4Failure =>
  signatureDoesNotMatch(
    `Signature expired: ${amzDate} is now earlier than ${limit} (${now} - ${minutes} min.)`,
  );

/** The request time is later than `now + skew`. */
export const signatureNotYetCurrent = (
  amzDate: string,
  limit: string,
  now: string,
  minutes: number,
): SigV4Failure =>
  signatureDoesNotMatch(
    `Signature not yet current: ${amzDate} is still later than ${limit} (${now} + ${minutes} min.)`,
  );

export const scopeDateMismatch = (scopeDate: string, amzDate: string): SigV4Failure =>
  signatureDoesNotMatch(
    'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: ' +
      `'${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
  );

/** For the server: the scope names a region this endpoint does not serve (observed with a trailing space). */
export const invalidScopeRegion = (region: string): SigV4Failure =>
  signatureDoesNotMatch(`Credential should be scoped to a valid region, not '${region}'. `);

/** For the server: the scope names another service than the one addressed. */
export const invalidScopeService = (expectedService: string): SigV4Failure =>
  signatureDoesNotMatch(`Credential should be scoped to correct service: '${expectedService}'. `);

export const invalidScopeTerminator = (): SigV4Failure =>
  signatureDoesNotMatch("Credential should be scoped with a valid terminator: 'aws4_request'");

/** A presigned URL used after X-Amz-Date + X-Amz-Expires (only with honorPresignedExpires). */
export const presignedRequestExpired = (): SigV4Failure =>
  failure('RequestExpired', 'Request has expired', 400);
