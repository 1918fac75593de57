/**
 * UpdateImagePipeline: replaces a pipeline's settings (recipe, configurations, tests, schedule, status,
 * scanning, workflows, logging, execution role, image tags); its name and tags stay. Authorized as
 * imagebuilder:UpdateImagePipeline on its ARN with its tags; the references are resolved as at creation
 * and a new execution role needs iam:PassRole to imagebuilder.amazonaws.com.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateImagePipeline.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { resolveBuildReferences } from '../../common/image-build-references.js';
import { readBuildSettings } from '../../common/image-build-settings.js';
import { configArnRule, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { PIPELINE_TYPE, pipelineShape, readPipelineSettings } from '../../common/pipeline-input.js';
import { putResource } from '../../common/resources.js';

export const updateImagePipeline = defineOperation({
  name: 'UpdateImagePipeline',
  http: { method: 'PUT', uri: '/UpdateImagePipeline' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('imagePipelineArn', configArnRule(PIPELINE_TYPE));
    const build = readBuildSettings(reader);
    const pipeline = readPipelineSettings(reader);
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { arn, build, pipeline, clientToken };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, PIPELINE_TYPE, input.arn);
    return [
      { action: 'imagebuilder:UpdateImagePipeline', resource: input.arn, ...resourceTagsOf(stored?.tags) },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(ctx, 'UpdateImagePipeline', clientToken, params, async () => {
      const stored = await requireOwned<ApiObject>(ctx, PIPELINE_TYPE, input.arn);
      const refs = await resolveBuildReferences(ctx, input.build, {
        withLogging: input.pipeline.loggingConfiguration !== undefined,
      });
      const previous = stored.resource;
      const dateCreated = previous['dateCreated'];
      const resource = pipelineShape({
        arn: input.arn,
        name: stored.name,
        platform: refs.recipe.stored.resource['platform'],
        build: input.build,
        pipeline: input.pipeline,
        executionRoleArn: refs.executionRole?.arn,
        dateCreated: typeof dateCreated === 'string' ? dateCreated : ctx.now.toISOString(),
        dateUpdated: ctx.now.toISOString(),
        dateLastRun: previous['dateLastRun'],
        lastRunStatus: previous['lastRunStatus'],
        tags: stored.tags,
      });
      await putResource(ctx.tx, { ...stored, resource });
      return { requestId: ctx.requestId, clientToken, imagePipelineArn: input.arn };
    });
    return { ...result, requestId: ctx.requestId };
  },
});
