/**
 * CreateInfrastructureConfiguration: the environment builds run in (instance profile, instance types,
 * network, logging, SNS topic, metadata options). Authorized as imagebuilder:CreateInfrastructureConfiguration
 * on the new configuration's ARN with aws:RequestTag/aws:TagKeys and the imagebuilder:* keys of the
 * request; then the instance profile must exist and hold a role, and the caller must be allowed to pass
 * that role to EC2, to read the profile, to publish to the topic and to list the log bucket. The first
 * Image Builder resource of an account creates the service-linked role.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateInfrastructureConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import { configArn, RESOURCE_NAME, requireNameFree } from '../../common/image-config-resources.js';
import { requestTagContext } from '../../common/image-tag-context.js';
import { authorizeInfrastructure, infrastructureConditionKeys } from '../../common/infrastructure-access.js';
import { infrastructureShape, readInfrastructureSettings } from '../../common/infrastructure-input.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { putResource } from '../../common/resources.js';
import { ensureImageBuilderServiceLinkedRole } from '../../common/service-linked-role-ensure.js';

export const createInfrastructureConfiguration = defineOperation({
  name: 'CreateInfrastructureConfiguration',
  http: { method: 'PUT', uri: '/CreateInfrastructureConfiguration' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const name = reader.string('name', RESOURCE_NAME);
    const settings = readInfrastructureSettings(reader);
    const tags = readTags(reader) ?? {};
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { name, settings, tags, clientToken };
  },
  access(input, ctx) {
    return [
      {
        action: 'imagebuilder:CreateInfrastructureConfiguration',
        resource: configArn(ctx, 'infrastructure-configuration', input.name),
        context: { ...requestTagContext(input.tags), ...infrastructureConditionKeys(input.settings) },
      },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(
      ctx,
      'CreateInfrastructureConfiguration',
      clientToken,
      params,
      async () => {
        const arn = configArn(ctx, 'infrastructure-configuration', input.name);
        await requireNameFree(ctx, 'infrastructure-configuration', arn);
        await authorizeInfrastructure(ctx, input.settings);
        await ensureImageBuilderServiceLinkedRole(ctx);
        const dates = { dateCreated: ctx.now.toISOString() };
        await putResource(ctx.tx, {
          arn,
          account: ctx.caller.accountId,
          region: ctx.region,
          type: 'infrastructure-configuration',
          name: input.name,
          tags: input.tags,
          resource: infrastructureShape(arn, input.name, input.settings, dates, input.tags),
        });
        return { requestId: ctx.requestId, clientToken, infrastructureConfigurationArn: arn };
      },
    );
    return { ...result, requestId: ctx.requestId };
  },
});
