/**
 * Protocol-level errors of the AWS Query protocol (IAM, STS), with codes and statuses from the common
 * errors table https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html and messages as
 * IAM/STS word them ("Could not find operation X for version Y"; the same wording S3Proxy reproduces for
 * its STS emulation). Operation-level errors (NoSuchEntity, ...) belong to the services.
 */
import { protocolError, type ProtocolError } from '../errors.js';

/** No `Action` parameter (400). */
export const missingAction = (): ProtocolError => protocolError('MissingAction', 'Missing Action', 400);

/** An `Action` the service does not have, or a `Version` it does not speak (400). */
export const invalidAction = (action: string, version: string | undefined): ProtocolError =>
  protocolError(
    'InvalidAction',
    `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`,
    400,
  );

/** The form/query string cannot be decoded (bad percent-encoding). AWS documents this code as 404. */
export const malformedQueryString = (detail: string): ProtocolError =>
  protocolError('MalformedQueryString', `The query string contains a syntax error: ${detail}`, 404);

/** Decodable, but not a valid AWS Query parameter set (conflicting or mis-indexed names) (400). */
export const invalidQueryParameter = (detail: string): ProtocolError =>
  protocolError(
    'InvalidQueryParameter',
    `The AWS query string is malformed or does not adhere to AWS standards: ${detail}`,
    400,
  );
