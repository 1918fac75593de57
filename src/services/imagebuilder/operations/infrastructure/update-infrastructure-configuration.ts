/**
 * UpdateInfrastructureConfiguration: replaces every setting of a configuration (members left out are
 * cleared, as the API reference's request replaces the configuration). Authorized as
 * imagebuilder:UpdateInfrastructureConfiguration on its ARN with its tags and the request's
 * imagebuilder:* condition keys; the instance profile, topic and bucket are checked again as at creation.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateInfrastructureConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { configArnRule, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { authorizeInfrastructure, infrastructureConditionKeys } from '../../common/infrastructure-access.js';
import { infrastructureShape, readInfrastructureSettings } from '../../common/infrastructure-input.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { putResource } from '../../common/resources.js';

const TYPE = 'infrastructure-configuration';

export const updateInfrastructureConfiguration = defineOperation({
  name: 'UpdateInfrastructureConfiguration',
  http: { method: 'PUT', uri: '/UpdateInfrastructureConfiguration' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('infrastructureConfigurationArn', configArnRule(TYPE));
    const settings = readInfrastructureSettings(reader);
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { arn, settings, clientToken };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:UpdateInfrastructureConfiguration',
        resource: input.arn,
        context: infrastructureConditionKeys(input.settings),
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(
      ctx,
      'UpdateInfrastructureConfiguration',
      clientToken,
      params,
      async () => {
        const stored = await requireOwned<ApiObject>(ctx, TYPE, input.arn);
        await authorizeInfrastructure(ctx, input.settings);
        const dateCreated = stored.resource['dateCreated'];
        const dates = {
          dateCreated: typeof dateCreated === 'string' ? dateCreated : ctx.now.toISOString(),
          dateUpdated: ctx.now.toISOString(),
        };
        const resource = infrastructureShape(input.arn, stored.name, input.settings, dates, stored.tags);
        await putResource(ctx.tx, { ...stored, resource });
        return { requestId: ctx.requestId, clientToken, infrastructureConfigurationArn: input.arn };
      },
    );
    return { ...result, requestId: ctx.requestId };
  },
});
