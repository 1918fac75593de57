/**
 * CreateImageRecipe: a recipe version (name + semantic version, no build number; the same pair again is
 * ResourceAlreadyExistsException) with a parent image (AMI ID, Image Builder image ARN, SSM parameter or
 * Marketplace product), components and their parameters, block device mappings, working directory,
 * build instance settings and AMI tags. Authorized as imagebuilder:CreateImageRecipe (and
 * imagebuilder:TagResource when tagging) on the recipe's version ARN with aws:RequestTag/* and
 * aws:TagKeys, plus imagebuilder:GetComponent on each component and imagebuilder:GetImage on a parent
 * image ARN — evaluated with the owner's resource policy when that resource is shared from another
 * account. Referenced components must exist (or be shared), and their parameters be defined.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImageRecipe.html
 */
import { defineOperation, type OperationContext } from '../../../common/operation.js';
import { imageBuilderArn } from '../../common/arns.js';
import {
  arnName,
  latestVersionReferences,
  readSemanticVersion,
  RESOURCE_NAME,
} from '../../common/component-versioning.js';
import { resourceAlreadyExists } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { createChecks } from '../../common/policy-access.js';
import {
  defined,
  readAdditionalInstanceConfiguration,
  readBlockDeviceMappings,
  readComponentConfigurations,
} from '../../common/recipe-input.js';
import { checkReferences, referenceChecks } from '../../common/recipe-references.js';
import type { ImageRecipeShape } from '../../common/recipe-shapes.js';
import { getResource, putResource } from '../../common/resources.js';

const TEXT = { min: 1, max: 1024 };

function read(reader: JsonReader) {
  return {
    name: reader.string('name', RESOURCE_NAME),
    description: reader.optionalString('description', TEXT),
    semanticVersion: readSemanticVersion(reader),
    components: readComponentConfigurations(reader) ?? [],
    parentImage: reader.string('parentImage', TEXT),
    blockDeviceMappings: readBlockDeviceMappings(reader),
    tags: readTags(reader),
    workingDirectory: reader.optionalString('workingDirectory', TEXT),
    additionalInstanceConfiguration: readAdditionalInstanceConfiguration(reader),
    amiTags: readTags(reader, 'amiTags'),
    clientToken: reader.string('clientToken', CLIENT_TOKEN),
  };
}
type Request = ReturnType<typeof read>;

const recipeArn = (ctx: OperationContext, r: Request) =>
  imageBuilderArn({
    region: ctx.region,
    account: ctx.caller.accountId,
    type: 'image-recipe',
    name: arnName(r.name),
    version: r.semanticVersion,
  });

async function create(ctx: OperationContext, request: Request) {
  const arn = recipeArn(ctx, request);
  const account = ctx.caller.accountId;
  if (await getResource(ctx.tx, 'image-recipe', account, arn))
    throw resourceAlreadyExists(`The following resource 'ImageRecipe' already exists: '${arn}'.`);
  const references = await checkReferences(ctx, request.components, request.parentImage);
  const tags = request.tags ?? {};
  const recipe: ImageRecipeShape = {
    arn,
    type: 'AMI',
    name: request.name,
    ...defined({ description: request.description }),
    platform: references.platform ?? 'Linux',
    owner: account,
    version: request.semanticVersion,
    components: request.components,
    parentImage: request.parentImage,
    ...defined({ blockDeviceMappings: request.blockDeviceMappings }),
    dateCreated: ctx.now.toISOString(),
    tags,
    ...defined({
      workingDirectory: request.workingDirectory,
      additionalInstanceConfiguration: request.additionalInstanceConfiguration,
      amiTags: request.amiTags,
    }),
  };
  await putResource(ctx.tx, {
    arn,
    account,
    region: ctx.region,
    type: 'image-recipe',
    name: request.name,
    version: request.semanticVersion,
    tags,
    resource: recipe,
  });
  return {
    requestId: ctx.requestId,
    clientToken: request.clientToken,
    imageRecipeArn: arn,
    latestVersionReferences: latestVersionReferences(arn),
  };
}

export const createImageRecipe = defineOperation({
  name: 'CreateImageRecipe',
  http: { method: 'PUT', uri: '/CreateImageRecipe' },
  write: true,
  input: (params) => read(new JsonReader(params)),
  async access(request, ctx) {
    const arn = recipeArn(ctx, request);
    return [
      ...createChecks('imagebuilder:CreateImageRecipe', arn, request.tags),
      ...(await referenceChecks(ctx, request.components, request.parentImage)),
    ];
  },
  async run(request, ctx) {
    const params = { ...request, clientToken: undefined };
    return idempotent(ctx, 'CreateImageRecipe', request.clientToken, params, () => create(ctx, request));
  },
});
