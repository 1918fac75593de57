/**
 * What ImportVmImage and ImportDiskImage share: the name of the image the import creates (NonEmptyString;
 * its ARN segment is the name lower-cased with spaces as hyphens, and must then be `[a-z0-9-_]+`), its
 * semantic version, description, tags, logging configuration and client token, and the image version ARN
 * both are authorized on (`image/NAME/VERSION`, the SAR's imageVersion resource type).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportVmImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportDiskImage.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html#amazonec2imagebuilder-resources-for-iam-policies
 */
import type { OperationContext } from '../../common/operation.js';
import { imageBuilderArn } from './arns.js';
import { readSemanticVersion } from './component-versioning.js';
import { invalidParameterValue } from './errors.js';
import { compact, type ApiObject } from './image-api-values.js';
import { arnName, NON_EMPTY } from './image-config-resources.js';
import { CLIENT_TOKEN, readTags, type JsonReader } from './input.js';

export interface ImportBasics {
  readonly name: string;
  /** The name's ARN segment. */
  readonly arnName: string;
  readonly semanticVersion: string;
  readonly description?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly loggingConfiguration?: ApiObject;
  readonly clientToken: string;
}

export function readImportBasics(reader: JsonReader): ImportBasics {
  const name = reader.string('name', NON_EMPTY);
  const segment = arnName(name);
  if (!/^[a-z0-9-_]+$/.test(segment))
    throw invalidParameterValue(
      `The value supplied for parameter 'name' is not valid. The image name may hold letters, digits, hyphens, underscores and spaces.`,
    );
  const semanticVersion = readSemanticVersion(reader);
  const description = reader.optionalString('description', NON_EMPTY);
  const logging = reader.optionalStruct('loggingConfiguration');
  const loggingConfiguration = logging
    ? compact({ logGroupName: logging.optionalString('logGroupName', { min: 1, max: 512 }) })
    : undefined;
  return {
    name,
    arnName: segment,
    semanticVersion,
    ...(description !== undefined ? { description } : {}),
    tags: readTags(reader) ?? {},
    ...(loggingConfiguration ? { loggingConfiguration } : {}),
    clientToken: reader.string('clientToken', CLIENT_TOKEN),
  };
}

/** The image version ARN an import creates a build of. */
export const importVersionArn = (ctx: OperationContext, basics: ImportBasics): string =>
  imageBuilderArn({
    region: ctx.region,
    account: ctx.caller.accountId,
    type: 'image',
    name: basics.arnName,
    version: basics.semanticVersion,
  });

/** The parameters that make two requests with one client token the same request. */
export function importParams<T extends { readonly clientToken: string }>(input: T): Omit<T, 'clientToken'> {
  const { clientToken: _token, ...params } = input;
  return params;
}
