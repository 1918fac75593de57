/**
 * ImportDiskImage's image (build type IMPORT_ISO, image source IMPORTED). The ISO is not read: the import
 * runs as a simulated build through the builds engine (image-build-request.ts contract) — a build request
 * with no components and no tests, on the given infrastructure configuration and execution role: Image
 * Builder assumes the role (its trust policy is evaluated), launches the instance with the instance
 * profile, creates the AMI — and the image settles AVAILABLE or FAILED with the reason.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportDiskImage.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { OperationContext } from '../../common/operation.js';
import { compact, type ApiObject } from './image-api-values.js';
import { putBuildRequest } from './image-build-request.js';
import { currentShape } from './image-config-resources.js';
import type { ImportBasics } from './misc-import-input.js';
import { nextImport, putImage } from './misc-import-records.js';
import type { StoredResource } from './resources.js';

export interface DiskImport {
  readonly platform: string;
  readonly osVersion: string;
  readonly infrastructure: StoredResource<ApiObject>;
  readonly executionRole?: RoleRecord;
  readonly serviceLinkedRoleArn: string;
}

/** ImportDiskImage's image (PENDING) and the build request the builds engine runs; returns its ARN. */
export async function requestDiskImport(
  ctx: OperationContext,
  basics: ImportBasics,
  disk: DiskImport,
): Promise<string> {
  const { arn, build } = await nextImport(ctx, basics);
  const account = ctx.caller.accountId;
  const now = ctx.now.toISOString();
  const infrastructure = currentShape(disk.infrastructure);
  const tests = { imageTestsEnabled: false, timeoutMinutes: 720 };
  const role = disk.executionRole;
  await putImage(
    ctx,
    basics,
    arn,
    build,
    compact({
      arn,
      type: 'AMI',
      name: basics.name,
      version: `${basics.semanticVersion}/${build}`,
      platform: disk.platform,
      enhancedImageMetadataEnabled: false,
      osVersion: disk.osVersion,
      state: { status: 'PENDING' },
      infrastructureConfiguration: infrastructure,
      imageTestsConfiguration: tests,
      dateCreated: now,
      tags: { ...basics.tags },
      buildType: 'IMPORT_ISO',
      imageSource: 'IMPORTED',
      executionRole: role?.arn,
      loggingConfiguration: basics.loggingConfiguration,
    }),
  );
  const versionArn = arn.slice(0, arn.lastIndexOf('/'));
  await putBuildRequest(ctx.tx, {
    schemaVersion: 1,
    imageBuildVersionArn: arn,
    account,
    region: ctx.region,
    requestedAt: now,
    requestedBy: {
      arn: ctx.caller.arn,
      accountId: account,
      userId: ctx.caller.userId,
      kind: ctx.caller.kind,
      accessKeyId: ctx.caller.accessKeyId,
    },
    buildType: 'USER_INITIATED',
    source: { operation: 'CreateImage' },
    // No recipe: the ISO is the image's content. The synthetic "recipe" has no components and no parent
    // AMI (the instance is launched for the ISO installation).
    recipe: {
      type: 'image-recipe',
      arn: versionArn,
      account,
      resource: { name: basics.name, platform: disk.platform, osVersion: disk.osVersion, components: [] },
    },
    infrastructureConfiguration: infrastructure,
    imageTestsConfiguration: tests,
    enhancedImageMetadataEnabled: false,
    workflows: [],
    ...(role ? { executionRole: { name: role.name, arn: role.arn } } : {}),
    serviceLinkedRoleArn: disk.serviceLinkedRoleArn,
    ...(basics.loggingConfiguration ? { loggingConfiguration: basics.loggingConfiguration } : {}),
    tags: basics.tags,
  });
  return arn;
}
