/**
 * GetImageRecipePolicy: the resource policy of a image recipe; ResourceNotFoundException when the image recipe is
 * unknown or has no policy. Authorized as imagebuilder:GetImageRecipePolicy on the image recipe ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImageRecipePolicy.html
 */
import { IMAGE_RECIPE_POLICY, getPolicyOperation } from '../../common/policy-resource-operations.js';

export const getImageRecipePolicy = getPolicyOperation(IMAGE_RECIPE_POLICY);
