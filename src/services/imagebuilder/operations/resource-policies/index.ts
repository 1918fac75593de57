/** Image Builder resource policies: sharing components, images and recipes with other accounts. */
import type { Operation } from '../../../common/operation.js';
import { getComponentPolicy } from './get-component-policy.js';
import { getContainerRecipePolicy } from './get-container-recipe-policy.js';
import { getImagePolicy } from './get-image-policy.js';
import { getImageRecipePolicy } from './get-image-recipe-policy.js';
import { putComponentPolicy } from './put-component-policy.js';
import { putContainerRecipePolicy } from './put-container-recipe-policy.js';
import { putImagePolicy } from './put-image-policy.js';
import { putImageRecipePolicy } from './put-image-recipe-policy.js';

export const resourcePoliciesOperations: readonly Operation[] = [
  putComponentPolicy,
  getComponentPolicy,
  putImagePolicy,
  getImagePolicy,
  putImageRecipePolicy,
  getImageRecipePolicy,
  putContainerRecipePolicy,
  getContainerRecipePolicy,
];
