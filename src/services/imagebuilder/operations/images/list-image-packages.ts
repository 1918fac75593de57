/**
 * ListImagePackages: the packages installed in an image, as its finished build recorded them (empty
 * while the build is under way). imagebuilder:ListImagePackages on the image build version; a missing
 * image is ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePackages.html
 */
import { defineOperation } from '../../../common/operation.js';
import { getBuildRequest } from '../../common/image-build-request.js';
import { readPage } from '../../common/image-list-input.js';
import { IMAGE_BUILD_VERSION_ARN, imageCheck, requireImage } from '../../common/image-lookup.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';

export const listImagePackages = defineOperation({
  name: 'ListImagePackages',
  http: { method: 'POST', uri: '/ListImagePackages' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return { arn: reader.string('imageBuildVersionArn', IMAGE_BUILD_VERSION_ARN), ...readPage(reader) };
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:ListImagePackages', input.arn)];
  },
  async run(input, ctx) {
    const image = await requireImage(ctx, input.arn);
    const request = await getBuildRequest(ctx.tx, image.account, image.arn);
    const packages = (request?.packages ?? []).map((p) => ({
      packageName: p.packageName,
      packageVersion: p.packageVersion,
    }));
    const { items, nextToken } = page(packages, input);
    return { requestId: ctx.requestId, imagePackageList: items, nextToken };
  },
});
