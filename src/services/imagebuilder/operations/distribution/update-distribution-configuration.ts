/**
 * UpdateDistributionConfiguration: replaces the description and the distributions of a configuration.
 * imagebuilder:UpdateDistributionConfiguration on its ARN with its tags as aws:ResourceTag/*.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateDistributionConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import { distributionShape, DISTRIBUTION_TYPE } from '../../common/distribution-shape.js';
import { readDistributions } from '../../common/distribution-input.js';
import { idempotent } from '../../common/idempotency.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { configArnRule, DESCRIPTION, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { putResource } from '../../common/resources.js';

export const updateDistributionConfiguration = defineOperation({
  name: 'UpdateDistributionConfiguration',
  http: { method: 'PUT', uri: '/UpdateDistributionConfiguration' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('distributionConfigurationArn', configArnRule(DISTRIBUTION_TYPE));
    const description = reader.optionalString('description', DESCRIPTION);
    const distributions = readDistributions(reader);
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { arn, description, distributions, clientToken };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, DISTRIBUTION_TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:UpdateDistributionConfiguration',
        resource: input.arn,
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(ctx, 'UpdateDistributionConfiguration', clientToken, params, async () => {
      const stored = await requireOwned<ApiObject>(ctx, DISTRIBUTION_TYPE, input.arn);
      const dateCreated = stored.resource['dateCreated'];
      const resource = distributionShape({
        arn: input.arn,
        name: stored.name,
        description: input.description,
        distributions: input.distributions,
        dateCreated: typeof dateCreated === 'string' ? dateCreated : ctx.now.toISOString(),
        dateUpdated: ctx.now.toISOString(),
        tags: stored.tags,
      });
      await putResource(ctx.tx, { ...stored, resource });
      return { requestId: ctx.requestId, clientToken, distributionConfigurationArn: input.arn };
    });
    return { ...result, requestId: ctx.requestId };
  },
});
