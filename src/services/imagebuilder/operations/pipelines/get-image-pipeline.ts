/**
 * GetImagePipeline: imagebuilder:GetImagePipeline on the pipeline's ARN (with its tags); a pipeline the
 * caller's account does not have in the Region is ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImagePipeline.html
 */
import { defineOperation } from '../../../common/operation.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { configArnRule, currentShape, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import { PIPELINE_TYPE } from '../../common/pipeline-input.js';

export const getImagePipeline = defineOperation({
  name: 'GetImagePipeline',
  http: { method: 'GET', uri: '/GetImagePipeline' },
  write: false,
  input(params) {
    return { arn: new JsonReader(params).string('imagePipelineArn', configArnRule(PIPELINE_TYPE)) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, PIPELINE_TYPE, input.arn);
    return [
      { action: 'imagebuilder:GetImagePipeline', resource: input.arn, ...resourceTagsOf(stored?.tags) },
    ];
  },
  async run(input, ctx) {
    const stored = await requireOwned<ApiObject>(ctx, PIPELINE_TYPE, input.arn);
    return { requestId: ctx.requestId, imagePipeline: currentShape(stored) };
  },
});
