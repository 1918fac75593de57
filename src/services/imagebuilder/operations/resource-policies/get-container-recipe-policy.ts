/**
 * GetContainerRecipePolicy: the resource policy of a container recipe; ResourceNotFoundException when the container recipe is
 * unknown or has no policy. Authorized as imagebuilder:GetContainerRecipePolicy on the container recipe ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetContainerRecipePolicy.html
 */
import { CONTAINER_RECIPE_POLICY, getPolicyOperation } from '../../common/policy-resource-operations.js';

export const getContainerRecipePolicy = getPolicyOperation(CONTAINER_RECIPE_POLICY);
