/**
 * PutImageRecipePolicy: applies a resource policy that shares the image recipe with other accounts (stored with
 * the image recipe; it replaces any earlier policy). The policy must be a valid resource-based policy that
 * allows AWS account principals the image recipe's Get and List actions on it (InvalidParameterValueException
 * otherwise); an unknown image recipe is ResourceNotFoundException. Authorized as
 * imagebuilder:PutImageRecipePolicy on the image recipe ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutImageRecipePolicy.html
 */
import { IMAGE_RECIPE_POLICY, putPolicyOperation } from '../../common/policy-resource-operations.js';

export const putImageRecipePolicy = putPolicyOperation(IMAGE_RECIPE_POLICY);
