/**
 * GetImageFailure (GET /_ibiam/api/image-failure?imageBuildVersionArn=ARN): why a simulated build
 * failed, as data: the image's status and the reason GetImage shows and, when IAM refused a request of
 * the build, that request — the step, the principal that made it (an assumed-role session or a service
 * principal), the role behind the session, the action, the resource and the condition keys — so that the
 * console can open the policy simulator on exactly that request. Authorized like GetImage
 * (imagebuilder:GetImage on the ARN, with the image's tags and, when shared, its resource policy).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-image-states.html
 */
import { defineOperation } from '../../common/operation.js';
import type { ApiObject } from '../../imagebuilder/common/image-api-values.js';
import {
  IMAGE_VERSION_OR_BUILD_ARN,
  imageCheck,
  requireImage,
} from '../../imagebuilder/common/image-lookup.js';
import { imageStatus } from '../../imagebuilder/common/image-records.js';
import type { BuildFailure, StoredImage } from '../../imagebuilder/builds/build-outcome.js';
import { readQuery } from '../common/query-input.js';

/** The failure in the API's shape (members in the contract's order). */
function failureShape(failure: BuildFailure) {
  return {
    step: failure.step,
    principalArn: failure.principalArn,
    roleArn: failure.roleArn,
    action: failure.action,
    resource: failure.resource,
    context: failure.context
      ? Object.fromEntries(Object.entries(failure.context).map(([key, values]) => [key, [...values]]))
      : undefined,
  };
}

export const getImageFailure = defineOperation({
  name: 'GetImageFailure',
  http: { method: 'GET', uri: '/_ibiam/api/image-failure' },
  write: false,
  input(params) {
    return readQuery(params, (reader) => ({
      arn: reader.string('imageBuildVersionArn', IMAGE_VERSION_OR_BUILD_ARN),
    }));
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:GetImage', input.arn)];
  },
  async run(input, ctx) {
    const image: StoredImage = await requireImage(ctx, input.arn);
    const status = imageStatus(image.resource);
    const reason = (image.resource['state'] as ApiObject | undefined)?.['reason'];
    return {
      status,
      reason: typeof reason === 'string' ? reason : undefined,
      failure: status === 'FAILED' && image.buildFailure ? failureShape(image.buildFailure) : undefined,
    };
  },
});
