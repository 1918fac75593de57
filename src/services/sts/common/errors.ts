/**
 * STS's own error codes (the Query protocol's common ones and the STS model's), with the wording AWS
 * returns. Sources: the STS API model (PackedPolicyTooLarge, MalformedPolicyDocument), AWS responses
 * recorded by LocalStack's AWS-validated STS tests (InvalidParameterValue for session tags, ValidationError
 * `<arn> is invalid`), and AWS CLI transcripts in public issues (quoted at each use).
 * https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 */
import { ServiceError } from '../../common/service-error.js';

/** A parameter value AWS refuses beyond the model's constraints (400, Sender). */
export const invalidParameterValue = (message: string) =>
  new ServiceError('InvalidParameterValue', message, 400);

/** The session policies and tags do not fit the packed binary format (400, Sender). */
export const packedPolicyTooLarge = (message: string) =>
  new ServiceError('PackedPolicyTooLarge', message, 400);

/** A ValidationError with a message of its own (not the `N validation errors detected` form). */
export const plainValidationError = (message: string) => new ServiceError('ValidationError', message, 400);
