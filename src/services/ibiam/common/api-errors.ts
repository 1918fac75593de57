/**
 * The errors of ibiam's own API, REST-JSON style like AWS's JSON services: `ValidationException` (400) for
 * bad input and `ResourceNotFoundException` (404) for an entity that does not exist; access denials become
 * `AccessDeniedException` (403) in the server. Operations that reuse IAM's helpers translate IAM's codes
 * (InvalidInput, ValidationError, MalformedPolicyDocument, NoSuchEntity) with `asApiErrors`, keeping the
 * messages.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/CommonErrors.html
 */
import { ServiceError, validationException } from '../../common/service-error.js';
export const resourceNotFound = (message: string) =>
  new ServiceError('ResourceNotFoundException', message, 404);

const INPUT_ERRORS = new Set([
  'InvalidInput',
  'ValidationError',
  'MissingParameter',
  'MalformedPolicyDocument',
]);

function translate(error: unknown): unknown {
  if (!(error instanceof ServiceError)) return error;
  if (INPUT_ERRORS.has(error.code)) return validationException(error.message);
  if (error.code === 'NoSuchEntity') return resourceNotFound(error.message);
  return error;
}

/** Runs `work`, translating IAM's input and not-found errors into the API's. */
export function asApiErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw translate(error);
  }
}

/** The same for asynchronous work. */
export async function asApiErrorsAsync<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translate(error);
  }
}
