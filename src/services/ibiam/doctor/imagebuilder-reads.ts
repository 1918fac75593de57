/**
 * The account's Image Builder resources as the doctor reads them from an endpoint
 * (doctor/endpoint/fetch-imagebuilder.ts), read in-process as the caller in the request's Region: the
 * List calls, then Get for each resource the checks read in full. Each answer is keyed as the doctor's
 * Image Builder reader expects (`infrastructureConfigurations`, `imagePipelines`...).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Operations.html
 */
import type { Operation, OperationContext } from '../../common/operation.js';
import { getContainerRecipe } from '../../imagebuilder/operations/container-recipes/get-container-recipe.js';
import { listContainerRecipes } from '../../imagebuilder/operations/container-recipes/list-container-recipes.js';
import { getDistributionConfiguration } from '../../imagebuilder/operations/distribution/get-distribution-configuration.js';
import { listDistributionConfigurations } from '../../imagebuilder/operations/distribution/list-distribution-configurations.js';
import { getInfrastructureConfiguration } from '../../imagebuilder/operations/infrastructure/get-infrastructure-configuration.js';
import { listInfrastructureConfigurations } from '../../imagebuilder/operations/infrastructure/list-infrastructure-configurations.js';
import { getLifecyclePolicy } from '../../imagebuilder/operations/lifecycle/get-lifecycle-policy.js';
import { listLifecyclePolicies } from '../../imagebuilder/operations/lifecycle/list-lifecycle-policies.js';
import { listImagePipelines } from '../../imagebuilder/operations/pipelines/list-image-pipelines.js';
import { listImageRecipes } from '../../imagebuilder/operations/recipes/list-image-recipes.js';
import { allPages, callAs } from './in-process.js';

const TOKEN = { output: 'nextToken', input: 'nextToken' };

const arnsOf = (items: readonly unknown[]): string[] =>
  items.flatMap((item) => {
    const arn = (item as { arn?: unknown } | null)?.arn;
    return typeof arn === 'string' ? [arn] : [];
  });

/** Lists, then gets each listed resource (`arnParam` names its ARN, `member` the resource in the answer). */
async function listThenGet<L, G>(
  ctx: OperationContext,
  list: Operation<L>,
  items: string,
  get: Operation<G>,
  arnParam: string,
  member: string,
): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const arn of arnsOf(await allPages(ctx, list, items, TOKEN))) {
    const answer = await callAs(ctx, get, { [arnParam]: arn });
    if (answer[member] !== undefined) out.push(answer[member]);
  }
  return out;
}

export async function readImageBuilderAsCaller(ctx: OperationContext): Promise<Record<string, unknown[]>> {
  return {
    infrastructureConfigurations: await listThenGet(
      ctx,
      listInfrastructureConfigurations,
      'infrastructureConfigurationSummaryList',
      getInfrastructureConfiguration,
      'infrastructureConfigurationArn',
      'infrastructureConfiguration',
    ),
    distributionConfigurations: await listThenGet(
      ctx,
      listDistributionConfigurations,
      'distributionConfigurationSummaryList',
      getDistributionConfiguration,
      'distributionConfigurationArn',
      'distributionConfiguration',
    ),
    lifecyclePolicies: await listThenGet(
      ctx,
      listLifecyclePolicies,
      'lifecyclePolicySummaryList',
      getLifecyclePolicy,
      'lifecyclePolicyArn',
      'lifecyclePolicy',
    ),
    imagePipelines: await allPages(ctx, listImagePipelines, 'imagePipelineList', TOKEN),
    containerRecipes: await listThenGet(
      ctx,
      listContainerRecipes,
      'containerRecipeSummaryList',
      getContainerRecipe,
      'containerRecipeArn',
      'containerRecipe',
    ),
    imageRecipes: await allPages(ctx, listImageRecipes, 'imageRecipeSummaryList', TOKEN),
  };
}
