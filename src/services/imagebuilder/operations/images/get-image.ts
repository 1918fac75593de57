/**
 * GetImage: an image build version (or the newest build matching a version ARN) as the service keeps it,
 * with its state — and, for a FAILED build, the reason the build recorded. imagebuilder:GetImage on the
 * requested ARN, with the image's tags and, for an image shared by another account, its resource policy.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImage.html
 */
import { defineOperation } from '../../../common/operation.js';
import { currentShape } from '../../common/image-config-resources.js';
import { IMAGE_VERSION_OR_BUILD_ARN, imageCheck, requireImage } from '../../common/image-lookup.js';
import { JsonReader } from '../../common/input.js';

export const getImage = defineOperation({
  name: 'GetImage',
  http: { method: 'GET', uri: '/GetImage' },
  write: false,
  input(params) {
    return { arn: new JsonReader(params).string('imageBuildVersionArn', IMAGE_VERSION_OR_BUILD_ARN) };
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:GetImage', input.arn)];
  },
  async run(input, ctx) {
    const image = await requireImage(ctx, input.arn);
    return { requestId: ctx.requestId, image: currentShape(image) };
  },
});
