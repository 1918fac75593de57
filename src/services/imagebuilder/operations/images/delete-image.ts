/**
 * DeleteImage: removes an image build version the caller owns (not the AMIs or container images it
 * produced). imagebuilder:DeleteImage on its ARN; an image whose build is still under way is
 * ResourceDependencyException (cancel it first).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteImage.html
 */
import { defineOperation } from '../../../common/operation.js';
import { resourceDependency } from '../../common/errors.js';
import { deleteBuildRequest } from '../../common/image-build-request.js';
import { notFound } from '../../common/image-config-resources.js';
import { IMAGE_BUILD_VERSION_ARN, imageCheck, requireImage } from '../../common/image-lookup.js';
import { imageStatus, IN_PROGRESS_STATES } from '../../common/image-records.js';
import { JsonReader } from '../../common/input.js';
import { deleteResource } from '../../common/resources.js';

export const deleteImage = defineOperation({
  name: 'DeleteImage',
  http: { method: 'DELETE', uri: '/DeleteImage' },
  write: true,
  input(params) {
    return { arn: new JsonReader(params).string('imageBuildVersionArn', IMAGE_BUILD_VERSION_ARN) };
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:DeleteImage', input.arn)];
  },
  async run(input, ctx) {
    const image = await requireImage(ctx, input.arn);
    if (image.account !== ctx.caller.accountId) throw notFound(input.arn);
    const status = imageStatus(image.resource);
    if (status !== undefined && IN_PROGRESS_STATES.includes(status)) {
      throw resourceDependency(
        `Resource dependency error: The image '${input.arn}' is in state ${status}. Cancel the image creation before deleting the image.`,
      );
    }
    await deleteResource(ctx.tx, 'image', image.account, image.arn);
    await deleteBuildRequest(ctx.tx, image.account, image.arn);
    return { requestId: ctx.requestId, imageBuildVersionArn: input.arn };
  },
});
