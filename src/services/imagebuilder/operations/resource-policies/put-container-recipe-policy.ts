/**
 * PutContainerRecipePolicy: applies a resource policy that shares the container recipe with other accounts (stored with
 * the container recipe; it replaces any earlier policy). The policy must be a valid resource-based policy that
 * allows AWS account principals the container recipe's Get and List actions on it (InvalidParameterValueException
 * otherwise); an unknown container recipe is ResourceNotFoundException. Authorized as
 * imagebuilder:PutContainerRecipePolicy on the container recipe ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutContainerRecipePolicy.html
 */
import { CONTAINER_RECIPE_POLICY, putPolicyOperation } from '../../common/policy-resource-operations.js';

export const putContainerRecipePolicy = putPolicyOperation(CONTAINER_RECIPE_POLICY);
