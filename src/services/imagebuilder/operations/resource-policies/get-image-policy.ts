/**
 * GetImagePolicy: the resource policy of a image; ResourceNotFoundException when the image is
 * unknown or has no policy. Authorized as imagebuilder:GetImagePolicy on the image ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImagePolicy.html
 */
import { IMAGE_POLICY, getPolicyOperation } from '../../common/policy-resource-operations.js';

export const getImagePolicy = getPolicyOperation(IMAGE_POLICY);
