/**
 * DistributeImage: "distributes an existing AMI to target Regions and accounts without running the full
 * image build process. This operation only runs the distribution phase on an image that has already been
 * built." The source (an AMI ID, an `ssm:` parameter or an Image Builder image ARN, see
 * misc-distribute-source.ts) must be an AVAILABLE AMI image; the distribution configuration the caller's,
 * in the Region; the execution role (required) is passed to Image Builder (iam:PassRole with
 * iam:PassedToService imagebuilder.amazonaws.com) and its trust policy must let imagebuilder.amazonaws.com
 * assume it (else AccessDeniedException). A new image build version (same name and version, next build,
 * tagged with `tags`) is answered at once in state DISTRIBUTING; the builds engine distributes it as the
 * execution role — through EC2ImageBuilderDistributionCrossAccountRole and its real trust policy for
 * each target account — and settles it AVAILABLE or FAILED with the reason. Authorized as
 * imagebuilder:DistributeImage on the image build version it creates, with aws:RequestTag/aws:TagKeys
 * (on `image/*` of the Region when the source cannot be resolved to an image).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributeImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/distribution-enhanced_functionality.html
 */
import { defineOperation } from '../../../common/operation.js';
import { imageBuilderArn } from '../../common/arns.js';
import { idempotent } from '../../common/idempotency.js';
import { compact } from '../../common/image-api-values.js';
import { ROLE_NAME_OR_ARN } from '../../common/image-build-settings.js';
import { configArnRule, requireOwned } from '../../common/image-config-resources.js';
import { resolveExecutionRole } from '../../common/image-execution-role.js';
import { nextImageArn } from '../../common/image-records.js';
import { requestTagContext } from '../../common/image-tag-context.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { requestDistribution } from '../../common/misc-distribute-request.js';
import {
  findSourceImage,
  parseSourceImage,
  requireSourceImage,
} from '../../common/misc-distribute-source.js';
import { requireServiceMayAssume } from '../../common/misc-role-decision.js';
import type { ApiObject } from '../../common/image-api-values.js';

export const distributeImage = defineOperation({
  name: 'DistributeImage',
  http: { method: 'PUT', uri: '/DistributeImage' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const sourceImage = reader.string('sourceImage', { min: 1, max: 1024 });
    const distributionConfigurationArn = reader.string(
      'distributionConfigurationArn',
      configArnRule('distribution-configuration'),
    );
    const executionRole = reader.string('executionRole', ROLE_NAME_OR_ARN);
    const tags = readTags(reader) ?? {};
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    const logging = reader.optionalStruct('loggingConfiguration');
    const loggingConfiguration: ApiObject | undefined = logging
      ? compact({ logGroupName: logging.optionalString('logGroupName', { min: 1, max: 512 }) })
      : undefined;
    const source = parseSourceImage(sourceImage);
    return {
      sourceImage,
      source,
      distributionConfigurationArn,
      executionRole,
      tags,
      clientToken,
      loggingConfiguration,
    };
  },
  async access(input, ctx) {
    const image = await findSourceImage(ctx, input.source);
    const resource = image
      ? await nextImageArn(ctx, image.arn)
      : input.source.kind === 'image'
        ? input.source.arn
        : imageBuilderArn({ region: ctx.region, account: ctx.caller.accountId, type: 'image', name: '*' });
    return [{ action: 'imagebuilder:DistributeImage', resource, context: requestTagContext(input.tags) }];
  },
  async run(input, ctx) {
    const { clientToken, source: _source, ...params } = input;
    return idempotent(ctx, 'DistributeImage', clientToken, params, async () => {
      const source = await requireSourceImage(ctx, input.source);
      const distribution = await requireOwned<ApiObject>(
        ctx,
        'distribution-configuration',
        input.distributionConfigurationArn,
      );
      const role = await resolveExecutionRole(ctx, input.executionRole);
      await requireServiceMayAssume(ctx, role, await nextImageArn(ctx, source.arn));
      const arn = await requestDistribution(ctx, {
        source,
        distribution,
        role,
        tags: input.tags,
        ...(input.loggingConfiguration ? { loggingConfiguration: input.loggingConfiguration } : {}),
      });
      return { clientToken, imageBuildVersionArn: arn };
    });
  },
});
