/**
 * What CreateComponent and ImportComponent share: reading the common members, the ARN of the build
 * version the request creates (the next build of the name and version), the IAM requests (create with
 * request tags, TagResource when tagging, s3:GetObject for a document in S3), and storing the component
 * in the shape GetComponent returns.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportComponent.html
 */
import type { AccessCheck, OperationContext, ResultStruct } from '../../common/operation.js';
import { imageBuilderArn } from './arns.js';
import type { ComponentParameterDetail, ComponentType } from './document-component.js';
import { documentObjectChecks, type DocumentSource } from './document-source.js';
import { PLATFORMS, type ComponentShape, type Platform } from './component-shapes.js';
import {
  arnName,
  latestVersionReferences,
  nextBuild,
  reserveBuild,
  readSemanticVersion,
  RESOURCE_NAME,
} from './component-versioning.js';
import { CLIENT_TOKEN, readTags, type JsonReader } from './input.js';
import { createChecks } from './policy-access.js';
import { putResource } from './resources.js';

const TEXT = { min: 1, max: 1024 };

export interface ComponentRequest {
  readonly name: string;
  readonly semanticVersion: string;
  readonly description?: string | undefined;
  readonly changeDescription?: string | undefined;
  readonly platform: Platform;
  readonly supportedOsVersions?: readonly string[] | undefined;
  readonly source: DocumentSource;
  readonly kmsKeyId?: string | undefined;
  readonly tags?: Readonly<Record<string, string>> | undefined;
  readonly clientToken: string;
  /** What the document says: its type and parameters (a document in S3 is not read: BUILD, none). */
  readonly type: ComponentType;
  readonly parameters: readonly ComponentParameterDetail[];
}

/** The members both operations have, in the request's order. */
export function readComponentBasics(reader: JsonReader) {
  const name = reader.string('name', RESOURCE_NAME);
  const semanticVersion = readSemanticVersion(reader);
  const description = reader.optionalString('description', TEXT);
  const changeDescription = reader.optionalString('changeDescription', TEXT);
  return { name, semanticVersion, description, changeDescription };
}

/** A required enum member: InvalidRequestException when missing, InvalidParameterValue when unknown. */
export function requiredEnum<T extends string>(reader: JsonReader, name: string, values: readonly T[]): T {
  const value = reader.optionalEnum(name, values);
  return value ?? (reader.string(name) as T);
}

export const readPlatform = (reader: JsonReader): Platform => requiredEnum(reader, 'platform', PLATFORMS);

export function readComponentExtras(reader: JsonReader) {
  return {
    kmsKeyId: reader.optionalString('kmsKeyId', TEXT),
    tags: readTags(reader),
    clientToken: reader.string('clientToken', CLIENT_TOKEN),
  };
}

/** The build version (and its ARN) the request creates. */
export async function newComponentArn(ctx: OperationContext, request: ComponentRequest) {
  const account = ctx.caller.accountId;
  const version = request.semanticVersion;
  const build = await nextBuild(ctx.tx, 'component', account, ctx.region, request.name, version);
  const name = arnName(request.name);
  return {
    build,
    arn: imageBuilderArn({ region: ctx.region, account, type: 'component', name, version, build }),
  };
}

export async function componentChecks(
  ctx: OperationContext,
  action: string,
  request: ComponentRequest,
): Promise<AccessCheck[]> {
  const { arn } = await newComponentArn(ctx, request);
  return [...createChecks(action, arn, request.tags), ...documentObjectChecks(request.source)];
}

/** Stores the component; returns the Create and Import answer. */
export async function storeComponent(
  ctx: OperationContext,
  request: ComponentRequest,
): Promise<ResultStruct> {
  const { arn, build } = await newComponentArn(ctx, request);
  const tags = request.tags ?? {};
  const component: ComponentShape = {
    arn,
    name: request.name,
    version: request.semanticVersion,
    ...(request.description !== undefined ? { description: request.description } : {}),
    ...(request.changeDescription !== undefined ? { changeDescription: request.changeDescription } : {}),
    type: request.type,
    platform: request.platform,
    ...(request.supportedOsVersions ? { supportedOsVersions: request.supportedOsVersions } : {}),
    state: { status: 'ACTIVE' },
    ...(request.parameters.length > 0 ? { parameters: request.parameters } : {}),
    owner: ctx.caller.accountId,
    ...(request.source.data !== undefined ? { data: request.source.data } : {}),
    ...(request.kmsKeyId !== undefined ? { kmsKeyId: request.kmsKeyId } : {}),
    encrypted: true,
    dateCreated: ctx.now.toISOString(),
    tags,
  };
  await reserveBuild(
    ctx.tx,
    'component',
    ctx.caller.accountId,
    ctx.region,
    request.name,
    request.semanticVersion,
    build,
  );
  await putResource(ctx.tx, {
    arn,
    account: ctx.caller.accountId,
    region: ctx.region,
    type: 'component',
    name: request.name,
    version: request.semanticVersion,
    build,
    tags,
    resource: component,
  });
  return {
    requestId: ctx.requestId,
    clientToken: request.clientToken,
    componentBuildVersionArn: arn,
    latestVersionReferences: latestVersionReferences(arn),
  };
}
