/**
 * Which image pipelines use a resource: an infrastructure configuration, distribution configuration,
 * image or container recipe cannot be deleted while an image pipeline
 * of the same account and Region refers to it (ResourceDependencyException).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteInfrastructureConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/delete-resources.html
 */
import type { OperationContext } from '../../common/operation.js';
import type { ApiObject } from './image-api-values.js';
import { parseImageBuilderArn } from './arns.js';
import { listResources, type StoredResource } from './resources.js';

const REFERENCE_MEMBERS = [
  'imageRecipeArn',
  'containerRecipeArn',
  'infrastructureConfigurationArn',
  'distributionConfigurationArn',
] as const;

/** The pipelines of the resource's account and Region that refer to the ARN. */
export async function pipelinesReferencing(
  ctx: OperationContext,
  arn: string,
): Promise<StoredResource<ApiObject>[]> {
  const parsed = parseImageBuilderArn(arn);
  if (!parsed) return [];
  const pipelines = await listResources<ApiObject>(ctx.tx, 'image-pipeline', parsed.account, parsed.region);
  return pipelines.filter((p) => REFERENCE_MEMBERS.some((member) => p.resource[member] === arn));
}
