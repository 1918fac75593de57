/**
 * Errors that operations throw: an AWS error code spelled exactly as AWS does, its message, its HTTP
 * status and fault type. The server renders them in the protocol's own error format, and any write the
 * operation made is rolled back.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
    readonly type: 'Sender' | 'Receiver' = httpStatus >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
  }
}

export const noSuchEntity = (message: string) => new ServiceError('NoSuchEntity', message, 404);
export const entityAlreadyExists = (message: string) => new ServiceError('EntityAlreadyExists', message, 409);
export const deleteConflict = (message: string) => new ServiceError('DeleteConflict', message, 409);
export const limitExceeded = (message: string) => new ServiceError('LimitExceeded', message, 409);
export const malformedPolicyDocument = (message: string) =>
  new ServiceError('MalformedPolicyDocument', message, 400);
export const invalidInput = (message: string) => new ServiceError('InvalidInput', message, 400);
export const unmodifiableEntity = (message: string) => new ServiceError('UnmodifiableEntity', message, 400);
export const policyNotAttachable = (message: string) => new ServiceError('PolicyNotAttachable', message, 400);
export const accessDenied = (message: string) => new ServiceError('AccessDenied', message, 403);
export const missingParameter = (message: string) => new ServiceError('MissingParameter', message, 400);
/** The JSON services' input error (Access Analyzer, ibiam's own API). */
export const validationException = (message: string) => new ServiceError('ValidationException', message, 400);

/**
 * The Query protocol's constraint error, e.g. `1 validation error detected: Value 'x' at 'roleName' failed
 * to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+`.
 */
export function validationError(problems: readonly string[]): ServiceError {
  const count = problems.length;
  const noun = count === 1 ? 'error' : 'errors';
  return new ServiceError(
    'ValidationError',
    `${count} validation ${noun} detected: ${problems.join('; ')}`,
    400,
  );
}
