/**
 * CreateImagePipeline: a recipe (image or container, exactly one), an infrastructure configuration and
 * optionally a distribution configuration, run on a schedule or on demand. Authorized as
 * imagebuilder:CreateImagePipeline on the pipeline's ARN with aws:RequestTag/aws:TagKeys; the references
 * must resolve (a shared recipe under its resource policy), the execution role needs iam:PassRole to
 * imagebuilder.amazonaws.com (and is required with workflows or logging), and the first Image Builder
 * resource of the account creates the service-linked role.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImagePipeline.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import { resolveBuildReferences } from '../../common/image-build-references.js';
import { readBuildSettings } from '../../common/image-build-settings.js';
import { configArn, RESOURCE_NAME, requireNameFree } from '../../common/image-config-resources.js';
import { requestTagContext } from '../../common/image-tag-context.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { PIPELINE_TYPE, pipelineShape, readPipelineSettings } from '../../common/pipeline-input.js';
import { putResource } from '../../common/resources.js';
import { ensureImageBuilderServiceLinkedRole } from '../../common/service-linked-role-ensure.js';

export const createImagePipeline = defineOperation({
  name: 'CreateImagePipeline',
  http: { method: 'PUT', uri: '/CreateImagePipeline' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const name = reader.string('name', RESOURCE_NAME);
    const build = readBuildSettings(reader);
    const pipeline = readPipelineSettings(reader);
    const tags = readTags(reader) ?? {};
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { name, build, pipeline, tags, clientToken };
  },
  access(input, ctx) {
    return [
      {
        action: 'imagebuilder:CreateImagePipeline',
        resource: configArn(ctx, PIPELINE_TYPE, input.name),
        context: requestTagContext(input.tags),
      },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(ctx, 'CreateImagePipeline', clientToken, params, async () => {
      const arn = configArn(ctx, PIPELINE_TYPE, input.name);
      await requireNameFree(ctx, PIPELINE_TYPE, arn);
      const refs = await resolveBuildReferences(ctx, input.build, {
        withLogging: input.pipeline.loggingConfiguration !== undefined,
      });
      await ensureImageBuilderServiceLinkedRole(ctx);
      const resource = pipelineShape({
        arn,
        name: input.name,
        platform: refs.recipe.stored.resource['platform'],
        build: input.build,
        pipeline: input.pipeline,
        executionRoleArn: refs.executionRole?.arn,
        dateCreated: ctx.now.toISOString(),
        tags: input.tags,
      });
      await putResource(ctx.tx, {
        arn,
        account: ctx.caller.accountId,
        region: ctx.region,
        type: PIPELINE_TYPE,
        name: input.name,
        tags: input.tags,
        resource,
      });
      return { requestId: ctx.requestId, clientToken, imagePipelineArn: arn };
    });
    return { ...result, requestId: ctx.requestId };
  },
});
