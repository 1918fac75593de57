/**
 * GetDistributionConfiguration: imagebuilder:GetDistributionConfiguration on the configuration's ARN
 * (with its tags as aws:ResourceTag/*); a configuration the caller's account does not have in the Region
 * is ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetDistributionConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import { DISTRIBUTION_TYPE } from '../../common/distribution-shape.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { configArnRule, currentShape, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';

export const getDistributionConfiguration = defineOperation({
  name: 'GetDistributionConfiguration',
  http: { method: 'GET', uri: '/GetDistributionConfiguration' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return { arn: reader.string('distributionConfigurationArn', configArnRule(DISTRIBUTION_TYPE)) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, DISTRIBUTION_TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:GetDistributionConfiguration',
        resource: input.arn,
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    const stored = await requireOwned<ApiObject>(ctx, DISTRIBUTION_TYPE, input.arn);
    return { requestId: ctx.requestId, distributionConfiguration: currentShape(stored) };
  },
});
