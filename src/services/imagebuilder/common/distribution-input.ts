/**
 * The `distributions` of a distribution configuration (Create and UpdateDistributionConfiguration), read
 * with the API model's constraints: one entry per Region (at least one), each with at least one output
 * (AMI, container, license configurations, launch templates, S3 export, fast launch or SSM parameters),
 * else InvalidParameterValueException "One or more outputs should be provided for each region in a
 * distribution configuration". Entries are kept exactly as given: they are what
 * GetDistributionConfiguration returns.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Distribution.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_AmiDistributionConfiguration.html
 */
import { compact, type ApiObject } from './image-api-values.js';
import { NON_EMPTY } from './image-config-resources.js';
import { invalidParameterValue } from './errors.js';
import { ACCOUNT_ID, readAmi, readContainer } from './distribution-outputs.js';
import { JsonReader, type TextRule } from './input.js';

const REGION: TextRule = { min: 1, max: 1024, pattern: /^[a-z]{2,}(?:-[a-z]+)+-[0-9]+$/ };
const LICENSE_ARN: TextRule = {
  pattern: /^arn:aws[^:]*:license-manager:[^:]+:[0-9]{12}:license-configuration:lic-[a-z0-9-_]{32}$/,
};
const LAUNCH_TEMPLATE_ID: TextRule = { pattern: /^lt-[a-z0-9-_]{17}$/ };
const SSM_PARAMETER_NAME: TextRule = { min: 1, max: 1011, pattern: /^[\w.\-/]+$/ };

function readLaunchTemplates(reader: JsonReader): ApiObject[] | undefined {
  return reader.optionalStructList('launchTemplateConfigurations', { min: 1, max: 100 })?.map((t) =>
    compact({
      launchTemplateId: t.string('launchTemplateId', LAUNCH_TEMPLATE_ID),
      accountId: t.optionalString('accountId', ACCOUNT_ID),
      setDefaultVersion: t.optionalBoolean('setDefaultVersion'),
    }),
  );
}

function readS3Export(reader: JsonReader): ApiObject | undefined {
  const s3 = reader.optionalStruct('s3ExportConfiguration');
  if (!s3) return undefined;
  return compact({
    roleName: s3.string('roleName', NON_EMPTY),
    diskImageFormat:
      s3.optionalEnum('diskImageFormat', ['VMDK', 'RAW', 'VHD']) ?? s3.string('diskImageFormat'),
    s3Bucket: s3.string('s3Bucket', NON_EMPTY),
    s3Prefix: s3.optionalString('s3Prefix', NON_EMPTY),
  });
}

function readFastLaunch(reader: JsonReader): ApiObject[] | undefined {
  return reader.optionalStructList('fastLaunchConfigurations', { min: 1, max: 1000 })?.map((f) => {
    const enabled = f.optionalBoolean('enabled') ?? f.string('enabled') === 'true';
    const snapshot = f.optionalStruct('snapshotConfiguration');
    const template = f.optionalStruct('launchTemplate');
    return compact({
      enabled,
      snapshotConfiguration: snapshot
        ? compact({
            targetResourceCount: snapshot.optionalInteger('targetResourceCount', { min: 1, max: 10000 }),
          })
        : undefined,
      maxParallelLaunches: f.optionalInteger('maxParallelLaunches', { min: 1, max: 10000 }),
      launchTemplate: template
        ? compact({
            launchTemplateId: template.optionalString('launchTemplateId', LAUNCH_TEMPLATE_ID),
            launchTemplateName: template.optionalString('launchTemplateName', NON_EMPTY),
            launchTemplateVersion: template.optionalString('launchTemplateVersion', NON_EMPTY),
          })
        : undefined,
      accountId: f.optionalString('accountId', ACCOUNT_ID),
    });
  });
}

function readSsmParameters(reader: JsonReader): ApiObject[] | undefined {
  return reader.optionalStructList('ssmParameterConfigurations', { min: 1 })?.map((p) =>
    compact({
      amiAccountId: p.optionalString('amiAccountId', ACCOUNT_ID),
      parameterName: p.string('parameterName', SSM_PARAMETER_NAME),
      dataType: p.optionalEnum('dataType', ['text', 'aws:ec2:image']),
    }),
  );
}

const OUTPUTS = [
  'amiDistributionConfiguration',
  'containerDistributionConfiguration',
  'licenseConfigurationArns',
  'launchTemplateConfigurations',
  's3ExportConfiguration',
  'fastLaunchConfigurations',
  'ssmParameterConfigurations',
] as const;

function readDistribution(reader: JsonReader, index: number): ApiObject {
  const distribution = compact({
    region: reader.string('region', REGION),
    amiDistributionConfiguration: readAmi(reader),
    containerDistributionConfiguration: readContainer(reader),
    licenseConfigurationArns: reader.optionalStringList('licenseConfigurationArns', LICENSE_ARN, {
      min: 1,
      max: 50,
    }),
    launchTemplateConfigurations: readLaunchTemplates(reader),
    s3ExportConfiguration: readS3Export(reader),
    fastLaunchConfigurations: readFastLaunch(reader),
    ssmParameterConfigurations: readSsmParameters(reader),
  });
  if (!OUTPUTS.some((output) => distribution[output] !== undefined)) {
    throw invalidParameterValue(
      `The value supplied for parameter 'distributions[${index}]' is not valid. One or more outputs should be provided for each region in a distribution configuration.`,
    );
  }
  return distribution;
}

/** The required `distributions` list: at least one entry, one per Region. */
export function readDistributions(reader: JsonReader): ApiObject[] {
  const entries = reader.optionalStructList('distributions', { min: 1 });
  if (!entries) reader.string('distributions'); // InvalidRequestException: required
  const distributions = (entries ?? []).map(readDistribution);
  const seen = new Set<string>();
  distributions.forEach((d, i) => {
    const region = String(d['region']);
    if (seen.has(region)) {
      throw invalidParameterValue(
        `The value supplied for parameter 'distributions[${i}].region' is not valid. The Region ${region} appears more than once in the distribution configuration.`,
      );
    }
    seen.add(region);
  });
  return distributions;
}
