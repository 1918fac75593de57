/**
 * PutImagePolicy: applies a resource policy that shares the image with other accounts (stored with
 * the image; it replaces any earlier policy). The policy must be a valid resource-based policy that
 * allows AWS account principals the image's Get and List actions on it (InvalidParameterValueException
 * otherwise); an unknown image is ResourceNotFoundException. Authorized as
 * imagebuilder:PutImagePolicy on the image ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutImagePolicy.html
 */
import { IMAGE_POLICY, putPolicyOperation } from '../../common/policy-resource-operations.js';

export const putImagePolicy = putPolicyOperation(IMAGE_POLICY);
