/**
 * ListWorkflowExecutions: the workflow executions of an image's build (the build and test workflows the
 * simulated build ran), oldest first. imagebuilder:ListWorkflowExecutions on the image.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflowExecutions.html
 */
import { defineOperation } from '../../../common/operation.js';
import { workflowExecutionsOf } from '../../common/build-workflow-records.js';
import { compact, type ApiObject } from '../../common/image-api-values.js';
import { readPage } from '../../common/image-list-input.js';
import { IMAGE_BUILD_VERSION_ARN, imageCheck, requireImage } from '../../common/image-lookup.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';

const metadata = (w: ApiObject): ApiObject => {
  const { imageBuildVersionArn: _image, ...rest } = w;
  return compact(rest);
};

export const listWorkflowExecutions = defineOperation({
  name: 'ListWorkflowExecutions',
  http: { method: 'POST', uri: '/ListWorkflowExecutions' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return { imageArn: reader.string('imageBuildVersionArn', IMAGE_BUILD_VERSION_ARN), ...readPage(reader) };
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:ListWorkflowExecutions', input.imageArn)];
  },
  async run(input, ctx) {
    const image = await requireImage(ctx, input.imageArn);
    const all = await workflowExecutionsOf(ctx.tx, image.account, image.region, image.arn);
    const { items, nextToken } = page(
      all.map((w) => metadata(w.resource)),
      input,
    );
    return {
      requestId: ctx.requestId,
      workflowExecutions: items,
      imageBuildVersionArn: image.arn,
      message: undefined,
      nextToken,
    };
  },
});
