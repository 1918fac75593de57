/**
 * GetInfrastructureConfiguration: imagebuilder:GetInfrastructureConfiguration on the configuration's ARN
 * (with its tags as aws:ResourceTag/*); a configuration the caller's account does not have in the
 * Region is ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetInfrastructureConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { configArnRule, currentShape, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';

const TYPE = 'infrastructure-configuration';

export const getInfrastructureConfiguration = defineOperation({
  name: 'GetInfrastructureConfiguration',
  http: { method: 'GET', uri: '/GetInfrastructureConfiguration' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return { arn: reader.string('infrastructureConfigurationArn', configArnRule(TYPE)) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:GetInfrastructureConfiguration',
        resource: input.arn,
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    const stored = await requireOwned<ApiObject>(ctx, TYPE, input.arn);
    return { requestId: ctx.requestId, infrastructureConfiguration: currentShape(stored) };
  },
});
