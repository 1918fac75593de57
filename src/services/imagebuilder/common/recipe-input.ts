/**
 * Reading the members image and container recipes share, with the API model's constraints: the
 * component list (`componentArn` and `parameters`), block device mappings (with their EBS settings),
 * the build instance settings and, for container recipes, the target ECR repository.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ComponentConfiguration.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_InstanceBlockDeviceMapping.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_EbsInstanceBlockDeviceSpecification.html
 */
import { checkArn } from './component-arn-input.js';
import { invalidRequest } from './errors.js';
import type { JsonReader } from './input.js';

const TEXT = { min: 1, max: 1024 };
const VOLUME_TYPES = ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'] as const;

/** Drops members whose value is undefined (exact optional members). */
export function defined<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

export type ComponentConfiguration = {
  readonly componentArn: string;
  readonly parameters?: readonly { readonly name: string; readonly value: readonly string[] }[];
};

export function readComponentConfigurations(reader: JsonReader): ComponentConfiguration[] | undefined {
  return reader.optionalStructList('components', { min: 1 })?.map((item, i) => {
    const componentArn = item.string('componentArn');
    checkArn(componentArn, `components[${i}].componentArn`, 'ComponentVersionArnOrBuildVersionArn');
    const parameters = item.optionalStructList('parameters', { min: 1 })?.map((p) => {
      const name = p.string('name', { min: 1, max: 256 });
      const value = p.optionalStringList('value');
      if (!value) throw invalidRequest(`The parameter 'components[${i}].parameters.value' is required.`);
      return { name, value };
    });
    return parameters ? { componentArn, parameters } : { componentArn };
  });
}

export function readBlockDeviceMappings(reader: JsonReader) {
  return reader.optionalStructList('blockDeviceMappings')?.map((m) => {
    const ebs = m.optionalStruct('ebs');
    return defined({
      deviceName: m.optionalString('deviceName', TEXT),
      ebs: ebs
        ? defined({
            encrypted: ebs.optionalBoolean('encrypted'),
            deleteOnTermination: ebs.optionalBoolean('deleteOnTermination'),
            iops: ebs.optionalInteger('iops', { min: 100, max: 256000 }),
            kmsKeyId: ebs.optionalString('kmsKeyId', TEXT),
            snapshotId: ebs.optionalString('snapshotId', TEXT),
            volumeSize: ebs.optionalInteger('volumeSize', { min: 1, max: 65536 }),
            volumeType: ebs.optionalEnum('volumeType', VOLUME_TYPES),
            throughput: ebs.optionalInteger('throughput', { min: 125, max: 2000 }),
          })
        : undefined,
      virtualName: m.optionalString('virtualName', TEXT),
      noDevice: m.optionalString('noDevice', { max: 0 }),
    });
  });
}

export function readAdditionalInstanceConfiguration(reader: JsonReader) {
  const config = reader.optionalStruct('additionalInstanceConfiguration');
  if (!config) return undefined;
  const agent = config.optionalStruct('systemsManagerAgent');
  return defined({
    systemsManagerAgent: agent
      ? defined({ uninstallAfterBuild: agent.optionalBoolean('uninstallAfterBuild') })
      : undefined,
    userDataOverride: config.optionalString('userDataOverride', { min: 1, max: 21847 }),
  });
}

export function readInstanceConfiguration(reader: JsonReader) {
  const config = reader.optionalStruct('instanceConfiguration');
  if (!config) return undefined;
  return defined({
    image: config.optionalString('image', TEXT),
    blockDeviceMappings: readBlockDeviceMappings(config),
  });
}

export function readTargetRepository(reader: JsonReader) {
  const target = reader.optionalStruct('targetRepository');
  if (!target) throw invalidRequest(`The parameter 'targetRepository' is required.`);
  const service = target.optionalEnum('service', ['ECR'] as const);
  if (!service) throw invalidRequest(`The parameter 'targetRepository.service' is required.`);
  return { service, repositoryName: target.string('repositoryName', TEXT) };
}
