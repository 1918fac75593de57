/**
 * DeleteDistributionConfiguration: imagebuilder:DeleteDistributionConfiguration on its ARN; a
 * configuration an image pipeline uses is ResourceDependencyException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteDistributionConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import { DISTRIBUTION_TYPE } from '../../common/distribution-shape.js';
import { configArnRule, dependedOn, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import { pipelinesReferencing } from '../../common/pipeline-references.js';
import { deleteResource } from '../../common/resources.js';

export const deleteDistributionConfiguration = defineOperation({
  name: 'DeleteDistributionConfiguration',
  http: { method: 'DELETE', uri: '/DeleteDistributionConfiguration' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    return { arn: reader.string('distributionConfigurationArn', configArnRule(DISTRIBUTION_TYPE)) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, DISTRIBUTION_TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:DeleteDistributionConfiguration',
        resource: input.arn,
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    await requireOwned(ctx, DISTRIBUTION_TYPE, input.arn);
    if ((await pipelinesReferencing(ctx, input.arn)).length > 0) throw dependedOn(input.arn);
    await deleteResource(ctx.tx, DISTRIBUTION_TYPE, ctx.caller.accountId, input.arn);
    return { requestId: ctx.requestId, distributionConfigurationArn: input.arn };
  },
});
