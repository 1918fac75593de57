/**
 * The members of an image pipeline that CreateImagePipeline and UpdateImagePipeline take besides the
 * build settings: schedule (cron expression, time zone, start condition — by default only when
 * dependency updates are available — and auto-disable policy), status (ENABLED by default), image tags
 * and logging configuration; and the pipeline in the shape GetImagePipeline returns.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImagePipeline.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Schedule.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImagePipeline.html
 */
import { compact, type ApiObject } from './image-api-values.js';
import type { BuildSettings } from './image-build-settings.js';
import { DESCRIPTION } from './image-config-resources.js';
import { JsonReader, readTags } from './input.js';

export const PIPELINE_TYPE = 'image-pipeline' as const;

export interface PipelineSettings {
  readonly description?: string;
  readonly schedule?: ApiObject;
  readonly status: 'ENABLED' | 'DISABLED';
  readonly imageTags?: Readonly<Record<string, string>>;
  readonly loggingConfiguration?: ApiObject;
}

const LOG_GROUP = { min: 1, max: 512 };

function readSchedule(reader: JsonReader): ApiObject | undefined {
  const schedule = reader.optionalStruct('schedule');
  if (!schedule) return undefined;
  const autoDisable = schedule.optionalStruct('autoDisablePolicy');
  return compact({
    scheduleExpression: schedule.optionalString('scheduleExpression', { min: 1, max: 1024 }),
    timezone: schedule.optionalString('timezone', {
      min: 3,
      max: 100,
      pattern: /^[a-zA-Z0-9]{2,}(?:\/[a-zA-Z0-9-_+]+)*$/,
    }),
    pipelineExecutionStartCondition:
      schedule.optionalEnum('pipelineExecutionStartCondition', [
        'EXPRESSION_MATCH_ONLY',
        'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
      ]) ?? 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
    autoDisablePolicy: autoDisable
      ? {
          failureCount:
            autoDisable.optionalInteger('failureCount', { min: 1, max: 10 }) ??
            Number(autoDisable.string('failureCount')),
        }
      : undefined,
  });
}

export function readPipelineSettings(reader: JsonReader): PipelineSettings {
  const description = reader.optionalString('description', DESCRIPTION);
  const schedule = readSchedule(reader);
  const status = reader.optionalEnum('status', ['ENABLED', 'DISABLED'] as const) ?? 'ENABLED';
  const imageTags = readTags(reader, 'imageTags');
  const logging = reader.optionalStruct('loggingConfiguration');
  const loggingConfiguration = logging
    ? compact({
        imageLogGroupName: logging.optionalString('imageLogGroupName', LOG_GROUP),
        pipelineLogGroupName: logging.optionalString('pipelineLogGroupName', LOG_GROUP),
      })
    : undefined;
  return {
    ...(description !== undefined ? { description } : {}),
    ...(schedule !== undefined ? { schedule } : {}),
    status,
    ...(imageTags !== undefined ? { imageTags } : {}),
    ...(loggingConfiguration !== undefined ? { loggingConfiguration } : {}),
  };
}

export interface PipelineFields {
  readonly arn: string;
  readonly name: string;
  readonly platform: ApiObject[string];
  readonly build: BuildSettings;
  readonly pipeline: PipelineSettings;
  readonly executionRoleArn: string | undefined;
  readonly dateCreated: string;
  readonly dateUpdated?: string;
  readonly dateLastRun?: ApiObject[string];
  readonly lastRunStatus?: ApiObject[string];
  readonly tags: Readonly<Record<string, string>>;
}

export const pipelineShape = (f: PipelineFields): ApiObject =>
  compact({
    arn: f.arn,
    name: f.name,
    description: f.pipeline.description,
    platform: f.platform,
    enhancedImageMetadataEnabled: f.build.enhancedImageMetadataEnabled,
    imageRecipeArn: f.build.imageRecipeArn,
    containerRecipeArn: f.build.containerRecipeArn,
    infrastructureConfigurationArn: f.build.infrastructureConfigurationArn,
    distributionConfigurationArn: f.build.distributionConfigurationArn,
    imageTestsConfiguration: f.build.imageTestsConfiguration,
    schedule: f.pipeline.schedule,
    status: f.pipeline.status,
    dateCreated: f.dateCreated,
    dateUpdated: f.dateUpdated,
    dateLastRun: f.dateLastRun,
    lastRunStatus: f.lastRunStatus,
    tags: { ...f.tags },
    imageScanningConfiguration: f.build.imageScanningConfiguration,
    imageTags: f.pipeline.imageTags,
    executionRole: f.executionRoleArn,
    workflows: f.build.workflows,
    loggingConfiguration: f.pipeline.loggingConfiguration,
  });

/** The build settings a stored pipeline holds (to run it). */
export function pipelineBuildSettings(pipeline: ApiObject): BuildSettings {
  const str = (member: string) =>
    typeof pipeline[member] === 'string' ? (pipeline[member] as string) : undefined;
  const obj = (member: string) => {
    const value = pipeline[member];
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as ApiObject)
      : undefined;
  };
  const workflows = Array.isArray(pipeline['workflows']) ? (pipeline['workflows'] as ApiObject[]) : undefined;
  const imageRecipeArn = str('imageRecipeArn');
  const containerRecipeArn = str('containerRecipeArn');
  const distributionConfigurationArn = str('distributionConfigurationArn');
  const imageScanningConfiguration = obj('imageScanningConfiguration');
  const executionRole = str('executionRole');
  return {
    ...(imageRecipeArn !== undefined ? { imageRecipeArn } : {}),
    ...(containerRecipeArn !== undefined ? { containerRecipeArn } : {}),
    infrastructureConfigurationArn: str('infrastructureConfigurationArn') ?? '',
    ...(distributionConfigurationArn !== undefined ? { distributionConfigurationArn } : {}),
    imageTestsConfiguration: obj('imageTestsConfiguration') ?? {
      imageTestsEnabled: true,
      timeoutMinutes: 720,
    },
    enhancedImageMetadataEnabled: pipeline['enhancedImageMetadataEnabled'] !== false,
    ...(imageScanningConfiguration !== undefined ? { imageScanningConfiguration } : {}),
    ...(workflows !== undefined ? { workflows } : {}),
    ...(executionRole !== undefined ? { executionRole } : {}),
  };
}
