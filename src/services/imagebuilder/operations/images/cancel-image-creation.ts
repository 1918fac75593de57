/**
 * CancelImageCreation: stops a build that is still under way (PENDING through INTEGRATING); the image
 * ends CANCELLED and the builds engine stops at its next step. An image in any other state is
 * ResourceInUseException. imagebuilder:CancelImageCreation on the image build version.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CancelImageCreation.html
 */
import { defineOperation } from '../../../common/operation.js';
import { resourceInUse } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { notFound } from '../../common/image-config-resources.js';
import { IMAGE_BUILD_VERSION_ARN, imageCheck, requireImage } from '../../common/image-lookup.js';
import { imageStatus, IN_PROGRESS_STATES } from '../../common/image-records.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { putResource } from '../../common/resources.js';

export const cancelImageCreation = defineOperation({
  name: 'CancelImageCreation',
  http: { method: 'PUT', uri: '/CancelImageCreation' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('imageBuildVersionArn', IMAGE_BUILD_VERSION_ARN);
    return { arn, clientToken: reader.string('clientToken', CLIENT_TOKEN) };
  },
  async access(input, ctx) {
    return [await imageCheck(ctx, 'imagebuilder:CancelImageCreation', input.arn)];
  },
  async run(input, ctx) {
    const result = await idempotent(
      ctx,
      'CancelImageCreation',
      input.clientToken,
      { arn: input.arn },
      async () => {
        const image = await requireImage(ctx, input.arn);
        if (image.account !== ctx.caller.accountId) throw notFound(input.arn);
        const status = imageStatus(image.resource);
        if (status === undefined || !IN_PROGRESS_STATES.includes(status)) {
          throw resourceInUse(
            `The image '${input.arn}' cannot be cancelled because it is in state ${status ?? 'UNKNOWN'}.`,
          );
        }
        const state = { status: 'CANCELLED' };
        await putResource(ctx.tx, { ...image, resource: { ...image.resource, state } });
        return { requestId: ctx.requestId, clientToken: input.clientToken, imageBuildVersionArn: input.arn };
      },
    );
    return { ...result, requestId: ctx.requestId };
  },
});
