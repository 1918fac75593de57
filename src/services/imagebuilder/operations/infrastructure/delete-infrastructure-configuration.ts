/**
 * DeleteInfrastructureConfiguration: imagebuilder:DeleteInfrastructureConfiguration on its ARN; a
 * configuration an image pipeline uses is ResourceDependencyException ("has other resources depended on
 * it"); images keep their own copy of the configuration and do not hold it.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteInfrastructureConfiguration.html
 */
import { defineOperation } from '../../../common/operation.js';
import { configArnRule, dependedOn, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import { pipelinesReferencing } from '../../common/pipeline-references.js';
import { deleteResource } from '../../common/resources.js';

const TYPE = 'infrastructure-configuration';

export const deleteInfrastructureConfiguration = defineOperation({
  name: 'DeleteInfrastructureConfiguration',
  http: { method: 'DELETE', uri: '/DeleteInfrastructureConfiguration' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    return { arn: reader.string('infrastructureConfigurationArn', configArnRule(TYPE)) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:DeleteInfrastructureConfiguration',
        resource: input.arn,
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    await requireOwned(ctx, TYPE, input.arn);
    if ((await pipelinesReferencing(ctx, input.arn)).length > 0) throw dependedOn(input.arn);
    await deleteResource(ctx.tx, TYPE, ctx.caller.accountId, input.arn);
    return { requestId: ctx.requestId, infrastructureConfigurationArn: input.arn };
  },
});
