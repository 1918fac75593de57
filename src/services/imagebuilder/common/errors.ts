/**
 * EC2 Image Builder's exceptions (each with a single `message`), with the HTTP statuses of the API model.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/CommonErrors.html
 */
import { ServiceError } from '../../common/service-error.js';

const error = (code: string, status: number) => (message: string) => new ServiceError(code, message, status);

export const clientException = error('ClientException', 400);
export const invalidRequest = error('InvalidRequestException', 400);
export const invalidParameter = error('InvalidParameterException', 400);
export const invalidParameterValue = error('InvalidParameterValueException', 400);
export const invalidParameterCombination = error('InvalidParameterCombinationException', 400);
export const invalidVersionNumber = error('InvalidVersionNumberException', 400);
export const invalidPaginationToken = error('InvalidPaginationTokenException', 400);
export const idempotentParameterMismatch = error('IdempotentParameterMismatchException', 400);
export const resourceAlreadyExists = error('ResourceAlreadyExistsException', 400);
export const resourceInUse = error('ResourceInUseException', 400);
export const resourceDependency = error('ResourceDependencyException', 400);
export const resourceNotFound = error('ResourceNotFoundException', 404);
export const serviceQuotaExceeded = error('ServiceQuotaExceededException', 402);
export const dryRunOperation = error('DryRunOperationException', 412);
