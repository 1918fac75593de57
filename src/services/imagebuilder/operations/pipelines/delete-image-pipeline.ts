/**
 * DeleteImagePipeline: imagebuilder:DeleteImagePipeline on its ARN (with its tags). The images the
 * pipeline built stay (they keep the pipeline's name and ARN as their source).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteImagePipeline.html
 */
import { defineOperation } from '../../../common/operation.js';
import { configArnRule, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import { PIPELINE_TYPE } from '../../common/pipeline-input.js';
import { deleteResource } from '../../common/resources.js';

export const deleteImagePipeline = defineOperation({
  name: 'DeleteImagePipeline',
  http: { method: 'DELETE', uri: '/DeleteImagePipeline' },
  write: true,
  input(params) {
    return { arn: new JsonReader(params).string('imagePipelineArn', configArnRule(PIPELINE_TYPE)) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, PIPELINE_TYPE, input.arn);
    return [
      { action: 'imagebuilder:DeleteImagePipeline', resource: input.arn, ...resourceTagsOf(stored?.tags) },
    ];
  },
  async run(input, ctx) {
    await requireOwned(ctx, PIPELINE_TYPE, input.arn);
    await deleteResource(ctx.tx, PIPELINE_TYPE, ctx.caller.accountId, input.arn);
    return { requestId: ctx.requestId, imagePipelineArn: input.arn };
  },
});
