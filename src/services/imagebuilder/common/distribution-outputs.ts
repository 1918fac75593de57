/**
 * The AMI and container outputs of a distribution (amiDistributionConfiguration with its launch
 * permission, containerDistributionConfiguration with its target repository), read with the API model's
 * constraints and kept as given.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_AmiDistributionConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LaunchPermissionConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ContainerDistributionConfiguration.html
 */
import { compact, type ApiObject } from './image-api-values.js';
import { DESCRIPTION, NON_EMPTY } from './image-config-resources.js';
import { readTags, type JsonReader, type TextRule } from './input.js';

export const ACCOUNT_ID: TextRule = { pattern: /^[0-9]{12}$/ };
const AMI_NAME: TextRule = {
  min: 1,
  max: 127,
  pattern: /^[-_A-Za-z0-9{][-_A-Za-z0-9\s:{}.]+[-_A-Za-z0-9}]$/,
};
const ORGANIZATION_ARN: TextRule = {
  pattern: /^arn:aws[^:]*:organizations::[0-9]{12}:organization\/o-[a-z0-9]{10,32}$/,
};
const OU_ARN: TextRule = {
  pattern: /^arn:aws[^:]*:organizations::[0-9]{12}:ou\/o-[a-z0-9]{10,32}\/ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/,
};

function readLaunchPermission(reader: JsonReader): ApiObject | undefined {
  const p = reader.optionalStruct('launchPermission');
  if (!p) return undefined;
  return compact({
    userIds: p.optionalStringList('userIds', ACCOUNT_ID, { min: 1, max: 1536 }),
    userGroups: p.optionalStringList('userGroups', NON_EMPTY),
    organizationArns: p.optionalStringList('organizationArns', ORGANIZATION_ARN, { min: 1, max: 25 }),
    organizationalUnitArns: p.optionalStringList('organizationalUnitArns', OU_ARN, { min: 1, max: 25 }),
  });
}

export function readAmi(reader: JsonReader): ApiObject | undefined {
  const ami = reader.optionalStruct('amiDistributionConfiguration');
  if (!ami) return undefined;
  return compact({
    name: ami.optionalString('name', AMI_NAME),
    description: ami.optionalString('description', DESCRIPTION),
    targetAccountIds: ami.optionalStringList('targetAccountIds', ACCOUNT_ID, { min: 1, max: 1536 }),
    amiTags: readTags(ami, 'amiTags'),
    kmsKeyId: ami.optionalString('kmsKeyId', NON_EMPTY),
    launchPermission: readLaunchPermission(ami),
  });
}

export function readContainer(reader: JsonReader): ApiObject | undefined {
  const container = reader.optionalStruct('containerDistributionConfiguration');
  if (!container) return undefined;
  const description = container.optionalString('description', DESCRIPTION);
  const containerTags = container.optionalStringList('containerTags', NON_EMPTY);
  const repository = container.optionalStruct('targetRepository');
  if (!repository) container.string('targetRepository');
  return compact({
    description,
    containerTags,
    targetRepository: compact({
      service: repository?.string('service', { pattern: /^ECR$/ }),
      repositoryName: repository?.string('repositoryName', NON_EMPTY),
    }),
  });
}
