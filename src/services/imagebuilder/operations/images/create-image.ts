/**
 * CreateImage: builds one image from a recipe and an infrastructure configuration (plus, optionally, a
 * distribution configuration, workflows with an execution role, tests and scanning settings). Authorized
 * as imagebuilder:CreateImage on the image build version it will create (`image/RECIPE/VERSION/BUILD`)
 * with aws:RequestTag/aws:TagKeys; a shared recipe needs imagebuilder:GetImageRecipe under its resource
 * policy, the execution role iam:PassRole to imagebuilder.amazonaws.com, and the account's first image
 * creates the service-linked role. The image is answered in state PENDING; the builds engine takes it
 * from there.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImage.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import { compact } from '../../common/image-api-values.js';
import { resolveBuildReferences } from '../../common/image-build-references.js';
import { readBuildSettings } from '../../common/image-build-settings.js';
import { requestImageBuild } from '../../common/image-creation.js';
import { nextImageArn } from '../../common/image-records.js';
import { requestTagContext } from '../../common/image-tag-context.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';

const LOG_GROUP = { min: 1, max: 512 };

export const createImage = defineOperation({
  name: 'CreateImage',
  http: { method: 'PUT', uri: '/CreateImage' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const settings = readBuildSettings(reader);
    const tags = readTags(reader) ?? {};
    const logging = reader.optionalStruct('loggingConfiguration');
    const loggingConfiguration = logging
      ? compact({ logGroupName: logging.optionalString('logGroupName', LOG_GROUP) })
      : undefined;
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { settings, tags, loggingConfiguration, clientToken };
  },
  async access(input, ctx) {
    const recipeArn = input.settings.imageRecipeArn ?? input.settings.containerRecipeArn ?? '';
    return [
      {
        action: 'imagebuilder:CreateImage',
        resource: await nextImageArn(ctx, recipeArn),
        context: requestTagContext(input.tags),
      },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(ctx, 'CreateImage', clientToken, params, async () => {
      const refs = await resolveBuildReferences(ctx, input.settings, {
        withLogging: input.loggingConfiguration !== undefined,
      });
      const arn = await requestImageBuild(ctx, input.settings, refs, {
        buildType: 'USER_INITIATED',
        source: { operation: 'CreateImage' },
        tags: input.tags,
        ...(input.loggingConfiguration ? { loggingConfiguration: input.loggingConfiguration } : {}),
      });
      return { requestId: ctx.requestId, clientToken, imageBuildVersionArn: arn };
    });
    return { ...result, requestId: ctx.requestId };
  },
});
