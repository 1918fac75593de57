/**
 * IAM Access Analyzer's input errors: `ValidationException` (HTTP 400), with the constraint messages AWS's
 * JSON services use (`1 validation error detected: Value null at 'policyType' failed to satisfy
 * constraint: Member must not be null`). Access denials are mapped by the server (AccessDeniedException).
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/CommonErrors.html
 */
import { ServiceError, validationException } from '../../common/service-error.js';

/** Runs `read`, turning the shared readers' ValidationError into ValidationException (same message). */
export function asValidationException<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'ValidationError') {
      throw validationException(error.message);
    }
    throw error;
  }
}

/** `Value 'X' at 'member' failed to satisfy constraint: Member must satisfy enum value set: [A, B]`. */
export function checkEnum(member: string, value: string | undefined, allowed: readonly string[]): void {
  if (value === undefined || allowed.includes(value)) return;
  throw validationException(
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ` +
      `Member must satisfy enum value set: [${allowed.join(', ')}]`,
  );
}
