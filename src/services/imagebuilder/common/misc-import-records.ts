/**
 * The images the imports create: a build of `image/NAME/VERSION` in the caller's account (the next
 * build number), image source IMPORTED. ImportVmImage's (build type IMPORT): ibiam has no EC2 VM Import,
 * so no import task is read — the image is AVAILABLE at once with a simulated AMI standing for the task's
 * AMI (registered like the builds' AMIs, so that DistributeImage and lifecycle policies find it), and its
 * state reason says so. ImportDiskImage's is in misc-disk-import.ts.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImportVmImage.html
 */
import type { OperationContext } from '../../common/operation.js';
import { imageBuilderArn } from './arns.js';
import { ec2Id, putEc2Image } from './build-ec2-images.js';
import { compact, type ApiObject } from './image-api-values.js';
import { nextBuildNumber } from './image-records.js';
import type { ImportBasics } from './misc-import-input.js';
import { putResource } from './resources.js';

/** Reserves the build number; returns the image build version ARN and build. */
export async function nextImport(ctx: OperationContext, basics: ImportBasics) {
  const build = await nextBuildNumber(ctx, basics.arnName, basics.semanticVersion);
  const arn = imageBuilderArn({
    region: ctx.region,
    account: ctx.caller.accountId,
    type: 'image',
    name: basics.arnName,
    version: basics.semanticVersion,
    build,
  });
  return { arn, build };
}

export async function putImage(
  ctx: OperationContext,
  basics: ImportBasics,
  arn: string,
  build: number,
  image: ApiObject,
) {
  await putResource(ctx.tx, {
    arn,
    account: ctx.caller.accountId,
    region: ctx.region,
    type: 'image',
    name: basics.arnName,
    version: basics.semanticVersion,
    build,
    tags: basics.tags,
    resource: image,
  });
}

export interface VmImport {
  readonly platform: string;
  readonly osVersion?: string;
  readonly vmImportTaskId: string;
}

/** ImportVmImage's image, AVAILABLE with its simulated AMI; returns the image build version ARN. */
export async function writeVmImport(
  ctx: OperationContext,
  basics: ImportBasics,
  vm: VmImport,
): Promise<string> {
  const { arn, build } = await nextImport(ctx, basics);
  const account = ctx.caller.accountId;
  const amiId = ec2Id('ami');
  await putEc2Image(ctx.tx, {
    imageId: amiId,
    region: ctx.region,
    accountId: account,
    name: vm.vmImportTaskId,
    sourceImageArn: arn,
    tags: {},
    snapshotIds: [ec2Id('snap')],
    sharedWith: [],
    public: false,
    state: 'available',
  });
  const ami = compact({
    region: ctx.region,
    image: amiId,
    name: vm.vmImportTaskId,
    description: basics.description,
    state: { status: 'AVAILABLE' },
    accountId: account,
  });
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
      platform: vm.platform,
      osVersion: vm.osVersion,
      state: {
        status: 'AVAILABLE',
        reason: `Simulated by ibiam: no EC2 VM Import task was read. ${amiId} stands for the AMI of import task ${vm.vmImportTaskId}.`,
      },
      dateCreated: ctx.now.toISOString(),
      outputResources: { amis: [ami] },
      tags: { ...basics.tags },
      buildType: 'IMPORT',
      imageSource: 'IMPORTED',
      loggingConfiguration: basics.loggingConfiguration,
    }),
  );
  return arn;
}
