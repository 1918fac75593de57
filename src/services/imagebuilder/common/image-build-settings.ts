/**
 * What CreateImage, CreateImagePipeline and UpdateImagePipeline share: the recipe (imageRecipeArn or
 * containerRecipeArn, exactly one), the infrastructure and distribution configurations, the image tests
 * and scanning settings, enhanced metadata, workflows and the execution role, read with the API model's
 * constraints. Defaults are those GetImagePipeline / GetImage report: image tests enabled with a 720
 * minute timeout, enhanced image metadata enabled.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageTestsConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_WorkflowConfiguration.html
 */
import { compact, type ApiObject } from './image-api-values.js';
import { configArnRule, NON_EMPTY } from './image-config-resources.js';
import { invalidRequest } from './errors.js';
import { JsonReader, type TextRule } from './input.js';

export interface BuildSettings {
  readonly imageRecipeArn?: string;
  readonly containerRecipeArn?: string;
  readonly infrastructureConfigurationArn: string;
  readonly distributionConfigurationArn?: string;
  readonly imageTestsConfiguration: ApiObject;
  readonly enhancedImageMetadataEnabled: boolean;
  readonly imageScanningConfiguration?: ApiObject;
  readonly workflows?: readonly ApiObject[];
  readonly executionRole?: string;
}

export const IMAGE_RECIPE_ARN: TextRule = {
  pattern:
    /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+$/,
};
export const CONTAINER_RECIPE_ARN: TextRule = {
  pattern:
    /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+$/,
};
const WORKFLOW_ARN: TextRule = {
  pattern:
    /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws):workflow\/(build|test|distribution)\/[a-z0-9-_]+\/(?:(?:([0-9]+|x)\.([0-9]+|x)\.([0-9]+|x))|(?:[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+))$/,
};
/** RoleNameOrArn: a role name (with path) or a role ARN. */
export const ROLE_NAME_OR_ARN: TextRule = {
  min: 1,
  max: 2048,
  pattern: /^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/)?[a-zA-Z_0-9+=,.@\-_/]+$/,
};

function readTests(reader: JsonReader): ApiObject {
  const tests = reader.optionalStruct('imageTestsConfiguration');
  return {
    imageTestsEnabled: tests?.optionalBoolean('imageTestsEnabled') ?? true,
    timeoutMinutes: tests?.optionalInteger('timeoutMinutes', { min: 60, max: 1440 }) ?? 720,
  };
}

function readScanning(reader: JsonReader): ApiObject | undefined {
  const scanning = reader.optionalStruct('imageScanningConfiguration');
  if (!scanning) return undefined;
  const ecr = scanning.optionalStruct('ecrConfiguration');
  return compact({
    imageScanningEnabled: scanning.optionalBoolean('imageScanningEnabled'),
    ecrConfiguration: ecr
      ? compact({
          repositoryName: ecr.optionalString('repositoryName', NON_EMPTY),
          containerTags: ecr.optionalStringList('containerTags', NON_EMPTY),
        })
      : undefined,
  });
}

export function readWorkflows(reader: JsonReader): ApiObject[] | undefined {
  return reader.optionalStructList('workflows')?.map((w) =>
    compact({
      workflowArn: w.string('workflowArn', WORKFLOW_ARN),
      parameters: w.optionalStructList('parameters', { min: 1 })?.map((p) => ({
        name: p.string('name', { min: 1, max: 128 }),
        value: p.optionalStringList('value') ?? [p.string('value')],
      })),
      parallelGroup: w.optionalString('parallelGroup', {
        min: 1,
        max: 100,
        pattern: /^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$/,
      }),
      onFailure: w.optionalEnum('onFailure', ['CONTINUE', 'ABORT']),
    }),
  );
}

/** Reads the shared settings; both recipes or neither is InvalidRequestException. */
export function readBuildSettings(reader: JsonReader): BuildSettings {
  const imageRecipeArn = reader.optionalString('imageRecipeArn', IMAGE_RECIPE_ARN);
  const containerRecipeArn = reader.optionalString('containerRecipeArn', CONTAINER_RECIPE_ARN);
  if ((imageRecipeArn === undefined) === (containerRecipeArn === undefined)) {
    throw invalidRequest(
      'You must specify exactly one recipe for the image: imageRecipeArn or containerRecipeArn.',
    );
  }
  const infrastructureConfigurationArn = reader.string(
    'infrastructureConfigurationArn',
    configArnRule('infrastructure-configuration'),
  );
  const distributionConfigurationArn = reader.optionalString(
    'distributionConfigurationArn',
    configArnRule('distribution-configuration'),
  );
  const imageTestsConfiguration = readTests(reader);
  const enhancedImageMetadataEnabled = reader.optionalBoolean('enhancedImageMetadataEnabled') ?? true;
  const imageScanningConfiguration = readScanning(reader);
  const workflows = readWorkflows(reader);
  const executionRole = reader.optionalString('executionRole', ROLE_NAME_OR_ARN);
  return {
    ...(imageRecipeArn !== undefined ? { imageRecipeArn } : {}),
    ...(containerRecipeArn !== undefined ? { containerRecipeArn } : {}),
    infrastructureConfigurationArn,
    ...(distributionConfigurationArn !== undefined ? { distributionConfigurationArn } : {}),
    imageTestsConfiguration,
    enhancedImageMetadataEnabled,
    ...(imageScanningConfiguration !== undefined ? { imageScanningConfiguration } : {}),
    ...(workflows !== undefined ? { workflows } : {}),
    ...(executionRole !== undefined ? { executionRole } : {}),
  };
}
