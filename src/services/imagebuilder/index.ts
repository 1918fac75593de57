/**
 * Every EC2 Image Builder operation ibiam serves (REST-JSON, API version 2019-12-02), one folder per group.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Operations.html
 */
import type { Operation } from '../common/operation.js';
import { componentsOperations } from './operations/components/index.js';
import { containerRecipesOperations } from './operations/container-recipes/index.js';
import { distributionOperations } from './operations/distribution/index.js';
import { imagesOperations } from './operations/images/index.js';
import { importsOperations } from './operations/imports/index.js';
import { infrastructureOperations } from './operations/infrastructure/index.js';
import { lifecycleOperations } from './operations/lifecycle/index.js';
import { miscOperations } from './operations/misc/index.js';
import { pipelinesOperations } from './operations/pipelines/index.js';
import { recipesOperations } from './operations/recipes/index.js';
import { resourcePoliciesOperations } from './operations/resource-policies/index.js';
import { tagsOperations } from './operations/tags/index.js';
import { workflowExecutionsOperations } from './operations/workflow-executions/index.js';
import { workflowsOperations } from './operations/workflows/index.js';

export const imagebuilderOperations: readonly Operation[] = [
  ...componentsOperations,
  ...workflowsOperations,
  ...recipesOperations,
  ...containerRecipesOperations,
  ...resourcePoliciesOperations,
  ...tagsOperations,
  ...infrastructureOperations,
  ...distributionOperations,
  ...pipelinesOperations,
  ...imagesOperations,
  ...lifecycleOperations,
  ...importsOperations,
  ...workflowExecutionsOperations,
  ...miscOperations,
];
