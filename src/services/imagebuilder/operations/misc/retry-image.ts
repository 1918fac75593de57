/**
 * RetryImage: "retries an image distribution without rebuilding the image". A FAILED image build
 * version whose build failed while testing, distributing or integrating resumes from that phase, with
 * the distribution configuration and settings of its original request (see misc-retry.ts); the answer
 * names the same image build version. An image in any other state — still in progress, AVAILABLE,
 * CANCELLED, DEPRECATED, DISABLED — is ResourceInUseException; a build that failed before it had an
 * output image (PENDING, CREATING, BUILDING) cannot be resumed (InvalidRequestException: create a new
 * image). Authorized as imagebuilder:RetryImage on the image build version, with its tags.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_RetryImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/distribution-enhanced_functionality.html
 */
import { defineOperation } from '../../../common/operation.js';
import { saveProgress } from '../../builds/build-progress.js';
import { invalidRequest, resourceInUse } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { stringMember, type ApiObject } from '../../common/image-api-values.js';
import { getBuildRequest } from '../../common/image-build-request.js';
import { notFound } from '../../common/image-config-resources.js';
import { IMAGE_BUILD_VERSION_ARN, imageCheck, requireImage } from '../../common/image-lookup.js';
import { imageStatus } from '../../common/image-records.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { failedPhase, isRetryable, resumption } from '../../common/misc-retry.js';
import { putResource } from '../../common/resources.js';

export const retryImage = defineOperation({
  name: 'RetryImage',
  http: { method: 'PUT', uri: '/RetryImage' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('imageBuildVersionArn', IMAGE_BUILD_VERSION_ARN);
    return { arn, clientToken: reader.string('clientToken', CLIENT_TOKEN) };
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:RetryImage', input.arn)];
  },
  async run(input, ctx) {
    return idempotent(ctx, 'RetryImage', input.clientToken, { arn: input.arn }, async () => {
      const image = await requireImage(ctx, input.arn);
      if (image.account !== ctx.caller.accountId) throw notFound(input.arn);
      const status = imageStatus(image.resource) ?? 'UNKNOWN';
      if (status !== 'FAILED') {
        throw resourceInUse(
          `The image '${input.arn}' cannot be retried because it is in state ${status}: only a FAILED image can be retried.`,
        );
      }
      const state = image.resource['state'] as ApiObject | undefined;
      const phase = failedPhase(stringMember(state, 'reason'));
      const request = await getBuildRequest(ctx.tx, image.account, image.arn);
      if (!isRetryable(phase) || !request) {
        throw invalidRequest(
          `The image '${input.arn}' failed ${phase ? `in ${phase}` : 'before its build completed'}: RetryImage retries a failed test, distribution or integration of a built image. Create a new image to build it again.`,
        );
      }
      const resumed = await resumption(ctx.tx, request, image, phase);
      const resource = { ...image.resource, state: { status: resumed.state } };
      await putResource(ctx.tx, { ...image, resource });
      await saveProgress(ctx.tx, image.account, resumed.progress);
      return { clientToken: input.clientToken, imageBuildVersionArn: image.arn };
    });
  },
});
