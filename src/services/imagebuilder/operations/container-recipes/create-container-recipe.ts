/**
 * CreateContainerRecipe: a container recipe version (DOCKER) with a parent image, components, a
 * Dockerfile template given inline (`dockerfileTemplateData`, up to 16,000 characters) or in S3
 * (`dockerfileTemplateUri`) — exactly one, else InvalidParameterCombinationException — and the target
 * ECR repository. The same name and version again is ResourceAlreadyExistsException. Authorized as
 * imagebuilder:CreateContainerRecipe (and imagebuilder:TagResource when tagging) on the version ARN
 * with aws:RequestTag/* and aws:TagKeys, plus imagebuilder:GetComponent on each component and
 * imagebuilder:GetImage on a parent image ARN (the Service Authorization Reference's operations table),
 * evaluated with the owner's resource policy for shared resources; s3:GetObject for a template in S3.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateContainerRecipe.html
 */
import { defineOperation, type OperationContext } from '../../../common/operation.js';
import { imageBuilderArn } from '../../common/arns.js';
import { requiredEnum } from '../../common/component-create.js';
import { PLATFORMS } from '../../common/component-shapes.js';
import {
  arnName,
  latestVersionReferences,
  readSemanticVersion,
  RESOURCE_NAME,
} from '../../common/component-versioning.js';
import { documentObjectChecks, readDocumentSource } from '../../common/document-source.js';
import { resourceAlreadyExists } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { createChecks } from '../../common/policy-access.js';
import {
  defined,
  readComponentConfigurations,
  readInstanceConfiguration,
  readTargetRepository,
} from '../../common/recipe-input.js';
import { checkReferences, referenceChecks } from '../../common/recipe-references.js';
import type { ContainerRecipeShape } from '../../common/recipe-shapes.js';
import { getResource, putResource } from '../../common/resources.js';

const TEXT = { min: 1, max: 1024 };

function read(reader: JsonReader) {
  return {
    containerType: requiredEnum(reader, 'containerType', ['DOCKER'] as const),
    name: reader.string('name', RESOURCE_NAME),
    description: reader.optionalString('description', TEXT),
    semanticVersion: readSemanticVersion(reader),
    components: readComponentConfigurations(reader) ?? [],
    instanceConfiguration: readInstanceConfiguration(reader),
    dockerfile: readDocumentSource(reader, 'dockerfileTemplateData', 'dockerfileTemplateUri'),
    platformOverride: reader.optionalEnum('platformOverride', PLATFORMS),
    imageOsVersionOverride: reader.optionalString('imageOsVersionOverride', TEXT),
    parentImage: reader.string('parentImage', TEXT),
    tags: readTags(reader),
    workingDirectory: reader.optionalString('workingDirectory', TEXT),
    targetRepository: readTargetRepository(reader),
    kmsKeyId: reader.optionalString('kmsKeyId', TEXT),
    clientToken: reader.string('clientToken', CLIENT_TOKEN),
  };
}
type Request = ReturnType<typeof read>;

const recipeArn = (ctx: OperationContext, r: Request) =>
  imageBuilderArn({
    region: ctx.region,
    account: ctx.caller.accountId,
    type: 'container-recipe',
    name: arnName(r.name),
    version: r.semanticVersion,
  });

async function create(ctx: OperationContext, request: Request) {
  const arn = recipeArn(ctx, request);
  const account = ctx.caller.accountId;
  if (await getResource(ctx.tx, 'container-recipe', account, arn))
    throw resourceAlreadyExists(`The following resource 'ContainerRecipe' already exists: '${arn}'.`);
  const references = await checkReferences(ctx, request.components, request.parentImage);
  const tags = request.tags ?? {};
  const recipe: ContainerRecipeShape = {
    arn,
    containerType: request.containerType,
    name: request.name,
    ...defined({ description: request.description }),
    platform: request.platformOverride ?? references.platform ?? 'Linux',
    owner: account,
    version: request.semanticVersion,
    components: request.components,
    ...defined({
      instanceConfiguration: request.instanceConfiguration,
      dockerfileTemplateData: request.dockerfile.data,
      kmsKeyId: request.kmsKeyId,
    }),
    encrypted: true,
    parentImage: request.parentImage,
    dateCreated: ctx.now.toISOString(),
    tags,
    ...defined({ workingDirectory: request.workingDirectory }),
    targetRepository: request.targetRepository,
  };
  await putResource(ctx.tx, {
    arn,
    account,
    region: ctx.region,
    type: 'container-recipe',
    name: request.name,
    version: request.semanticVersion,
    tags,
    resource: recipe,
  });
  return {
    requestId: ctx.requestId,
    clientToken: request.clientToken,
    containerRecipeArn: arn,
    latestVersionReferences: latestVersionReferences(arn),
  };
}

export const createContainerRecipe = defineOperation({
  name: 'CreateContainerRecipe',
  http: { method: 'PUT', uri: '/CreateContainerRecipe' },
  write: true,
  input: (params) => read(new JsonReader(params)),
  async access(request, ctx) {
    const arn = recipeArn(ctx, request);
    return [
      ...createChecks('imagebuilder:CreateContainerRecipe', arn, request.tags),
      ...(await referenceChecks(ctx, request.components, request.parentImage)),
      ...documentObjectChecks(request.dockerfile),
    ];
  },
  async run(request, ctx) {
    const params = { ...request, clientToken: undefined };
    return idempotent(ctx, 'CreateContainerRecipe', request.clientToken, params, () => create(ctx, request));
  },
});
