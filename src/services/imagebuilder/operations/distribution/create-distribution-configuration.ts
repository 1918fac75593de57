/**
 * CreateDistributionConfiguration: where and how built images are distributed (per Region: AMI settings
 * with target accounts, launch permissions and KMS key, container repository, launch templates, S3
 * export, fast launch, SSM parameters). Authorized as imagebuilder:CreateDistributionConfiguration on the
 * new configuration's ARN with aws:RequestTag/aws:TagKeys; the first Image Builder resource of an account
 * creates the service-linked role. A distribution configuration lasts 720 minutes at most
 * (timeoutMinutes).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateDistributionConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import { distributionShape, DISTRIBUTION_TYPE } from '../../common/distribution-shape.js';
import { readDistributions } from '../../common/distribution-input.js';
import { idempotent } from '../../common/idempotency.js';
import {
  configArn,
  DESCRIPTION,
  RESOURCE_NAME,
  requireNameFree,
} from '../../common/image-config-resources.js';
import { requestTagContext } from '../../common/image-tag-context.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { putResource } from '../../common/resources.js';
import { ensureImageBuilderServiceLinkedRole } from '../../common/service-linked-role-ensure.js';

export const createDistributionConfiguration = defineOperation({
  name: 'CreateDistributionConfiguration',
  http: { method: 'PUT', uri: '/CreateDistributionConfiguration' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const name = reader.string('name', RESOURCE_NAME);
    const description = reader.optionalString('description', DESCRIPTION);
    const distributions = readDistributions(reader);
    const tags = readTags(reader) ?? {};
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { name, description, distributions, tags, clientToken };
  },
  access(input, ctx) {
    return [
      {
        action: 'imagebuilder:CreateDistributionConfiguration',
        resource: configArn(ctx, DISTRIBUTION_TYPE, input.name),
        context: requestTagContext(input.tags),
      },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(ctx, 'CreateDistributionConfiguration', clientToken, params, async () => {
      const arn = configArn(ctx, DISTRIBUTION_TYPE, input.name);
      await requireNameFree(ctx, DISTRIBUTION_TYPE, arn);
      await ensureImageBuilderServiceLinkedRole(ctx);
      const resource = distributionShape({
        arn,
        name: input.name,
        description: input.description,
        distributions: input.distributions,
        dateCreated: ctx.now.toISOString(),
        tags: input.tags,
      });
      await putResource(ctx.tx, {
        arn,
        account: ctx.caller.accountId,
        region: ctx.region,
        type: DISTRIBUTION_TYPE,
        name: input.name,
        tags: input.tags,
        resource,
      });
      return { requestId: ctx.requestId, clientToken, distributionConfigurationArn: arn };
    });
    return { ...result, requestId: ctx.requestId };
  },
});
