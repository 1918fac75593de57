/**
 * The settings of an infrastructure configuration that Create and UpdateInfrastructureConfiguration both
 * take (Update has no name or tags), read with the API model's constraints, and the configuration in the
 * shape GetInfrastructureConfiguration returns.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateInfrastructureConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_InfrastructureConfiguration.html
 */
import { compact, type ApiObject } from './image-api-values.js';
import { DESCRIPTION, NON_EMPTY } from './image-config-resources.js';
import { JsonReader, TAG_KEY, TAG_VALUE } from './input.js';

export interface InfrastructureSettings {
  readonly description?: string;
  readonly instanceTypes?: readonly string[];
  readonly instanceProfileName: string;
  readonly securityGroupIds?: readonly string[];
  readonly subnetId?: string;
  readonly logging?: ApiObject;
  /** logging.s3Logs.s3BucketName, the bucket build logs go to. */
  readonly logBucket?: string;
  readonly keyPair?: string;
  readonly terminateInstanceOnFailure?: boolean;
  readonly snsTopicArn?: string;
  readonly resourceTags?: Readonly<Record<string, string>>;
  readonly instanceMetadataOptions?: ApiObject;
  /** instanceMetadataOptions.httpTokens: `optional` or `required`. */
  readonly httpTokens?: string;
  readonly placement?: ApiObject;
}

const INSTANCE_PROFILE_NAME = { min: 1, max: 256, pattern: /^[\w+=,.@-]+$/ };
const SNS_TOPIC_ARN = { pattern: /^arn:aws[^:]*:sns:[^:]+:[0-9]{12}:[a-zA-Z0-9-_]{1,256}$/ };
const HOST_RESOURCE_GROUP_ARN = {
  min: 1,
  max: 2048,
  pattern: /^arn:aws[^:]*:resource-groups:[a-z0-9-_]+:[0-9]{12}:group\/[a-zA-Z0-9-_.]+$/,
};

function readLogging(reader: JsonReader): { logging?: ApiObject; logBucket?: string } {
  const s3 = reader.optionalStruct('logging')?.optionalStruct('s3Logs');
  if (!reader.has('logging')) return {};
  const s3Logs = s3
    ? compact({
        s3BucketName: s3.optionalString('s3BucketName', NON_EMPTY),
        s3KeyPrefix: s3.optionalString('s3KeyPrefix', NON_EMPTY),
      })
    : undefined;
  const bucket = typeof s3Logs?.['s3BucketName'] === 'string' ? s3Logs['s3BucketName'] : undefined;
  return { logging: compact({ s3Logs }), ...(bucket !== undefined ? { logBucket: bucket } : {}) };
}

function readMetadataOptions(reader: JsonReader): {
  instanceMetadataOptions?: ApiObject;
  httpTokens?: string;
} {
  const options = reader.optionalStruct('instanceMetadataOptions');
  if (!options) return {};
  const httpTokens = options.optionalString('httpTokens', { pattern: /^(optional|required)$/ });
  const hopLimit = options.optionalInteger('httpPutResponseHopLimit', { min: 1, max: 64 });
  return {
    instanceMetadataOptions: compact({ httpTokens, httpPutResponseHopLimit: hopLimit }),
    ...(httpTokens !== undefined ? { httpTokens } : {}),
  };
}

function readPlacement(reader: JsonReader): ApiObject | undefined {
  const placement = reader.optionalStruct('placement');
  if (!placement) return undefined;
  return compact({
    availabilityZone: placement.optionalString('availabilityZone', NON_EMPTY),
    tenancy: placement.optionalEnum('tenancy', ['default', 'dedicated', 'host']),
    hostId: placement.optionalString('hostId', NON_EMPTY),
    hostResourceGroupArn: placement.optionalString('hostResourceGroupArn', HOST_RESOURCE_GROUP_ARN),
  });
}

/** Reads every setting; the first invalid member is thrown. */
export function readInfrastructureSettings(reader: JsonReader): InfrastructureSettings {
  const description = reader.optionalString('description', DESCRIPTION);
  const instanceTypes = reader.optionalStringList('instanceTypes', NON_EMPTY);
  const instanceProfileName = reader.string('instanceProfileName', INSTANCE_PROFILE_NAME);
  const securityGroupIds = reader.optionalStringList('securityGroupIds', NON_EMPTY);
  const subnetId = reader.optionalString('subnetId', NON_EMPTY);
  const logging = readLogging(reader);
  const keyPair = reader.optionalString('keyPair', NON_EMPTY);
  const terminateInstanceOnFailure = reader.optionalBoolean('terminateInstanceOnFailure');
  const snsTopicArn = reader.optionalString('snsTopicArn', SNS_TOPIC_ARN);
  const resourceTags = reader.optionalStringMap('resourceTags', TAG_KEY, TAG_VALUE, { min: 1, max: 30 });
  const metadata = readMetadataOptions(reader);
  const placement = readPlacement(reader);
  return {
    ...(description !== undefined ? { description } : {}),
    ...(instanceTypes !== undefined ? { instanceTypes } : {}),
    instanceProfileName,
    ...(securityGroupIds !== undefined ? { securityGroupIds } : {}),
    ...(subnetId !== undefined ? { subnetId } : {}),
    ...logging,
    ...(keyPair !== undefined ? { keyPair } : {}),
    ...(terminateInstanceOnFailure !== undefined ? { terminateInstanceOnFailure } : {}),
    ...(snsTopicArn !== undefined ? { snsTopicArn } : {}),
    ...(resourceTags !== undefined ? { resourceTags } : {}),
    ...metadata,
    ...(placement !== undefined ? { placement } : {}),
  };
}

/**
 * The configuration as GetInfrastructureConfiguration returns it (members in the API reference's order).
 * terminateInstanceOnFailure is reported as false when it was not set.
 */
export function infrastructureShape(
  arn: string,
  name: string,
  settings: InfrastructureSettings,
  dates: { readonly dateCreated: string; readonly dateUpdated?: string },
  tags: Readonly<Record<string, string>>,
): ApiObject {
  return compact({
    arn,
    name,
    description: settings.description,
    instanceTypes: settings.instanceTypes,
    instanceProfileName: settings.instanceProfileName,
    securityGroupIds: settings.securityGroupIds,
    subnetId: settings.subnetId,
    logging: settings.logging,
    keyPair: settings.keyPair,
    terminateInstanceOnFailure: settings.terminateInstanceOnFailure ?? false,
    snsTopicArn: settings.snsTopicArn,
    dateCreated: dates.dateCreated,
    dateUpdated: dates.dateUpdated,
    resourceTags: settings.resourceTags,
    instanceMetadataOptions: settings.instanceMetadataOptions,
    tags: { ...tags },
    placement: settings.placement,
  });
}
