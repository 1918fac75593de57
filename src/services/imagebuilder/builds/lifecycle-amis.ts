/**
 * A lifecycle action on the AMIs an image distributed: AMIs in the policy's account are acted on by the
 * lifecycle execution role; AMIs owned by another account through the Ec2ImageBuilderCrossAccountLifecycleAccess
 * role there, which imagebuilder.amazonaws.com assumes with aws:SourceAccount (the policy's account) and
 * aws:SourceArn (the image) — the role's real trust policy decides. The EC2 requests are those
 * EC2ImageBuilderLifecycleExecutionPolicy grants on AMIs tagged `CreatedBy: EC2 Image Builder`
 * (EnableImageDeprecation, DisableImage, EnableImage / DisableImageDeprecation, DeregisterImage and
 * DeleteSnapshot). The rule's AMI exclusions (public, Regions, shared accounts, tags) spare an AMI.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicyDetailExclusionRulesAmis.html
 */
import { compact, type ApiObject } from '../common/image-api-values.js';
import {
  deleteEc2Image,
  ec2Arn,
  getEc2Image,
  putEc2Image,
  type Ec2ImageRecord,
} from '../common/build-ec2-images.js';
import { epochSeconds } from '../common/lifecycle-execution-records.js';
import { hasAnyTag } from '../common/lifecycle-selection.js';
import { resourceState as state, type AssociatedOptions } from './lifecycle-action-options.js';
import type { LifecycleRun } from './lifecycle-run.js';
import type { Actor } from './principals.js';
import { StepFailure, type StepCheck } from './step-authorizer.js';

/** Why an AMI is excluded by the rule's AMI exclusions, if it is. */
export function amiExclusion(ami: Ec2ImageRecord, rules: ApiObject | undefined): string | undefined {
  if (!rules) return undefined;
  if (rules['isPublic'] === true && ami.public) return 'The AMI is public.';
  if (Array.isArray(rules['regions']) && rules['regions'].includes(ami.region))
    return `The AMI is in excluded Region ${ami.region}.`;
  const shared = Array.isArray(rules['sharedAccounts']) ? rules['sharedAccounts'].map(String) : [];
  if (shared.some((a) => a === ami.accountId || ami.sharedWith.includes(a)))
    return 'The AMI is shared with an excluded account.';
  if (hasAnyTag(ami.tags, rules['tagMap'])) return 'The AMI has an excluded tag.';
  return undefined;
}

/** The EC2 requests of the action on one AMI (and its snapshots for DELETE). */
function amiChecks(ami: Ec2ImageRecord, options: AssociatedOptions): StepCheck[] {
  const image = ec2Arn.image(ami.region, ami.imageId);
  const on = (action: string): StepCheck => ({ action, resource: image, resourceTags: ami.tags });
  switch (options.action) {
    case 'DEPRECATE':
      return [on('ec2:EnableImageDeprecation')];
    case 'DISABLE':
      return [on('ec2:DisableImage')];
    case 'AVAILABLE':
      return [
        ...(ami.state === 'disabled' ? [on('ec2:EnableImage')] : []),
        ...(ami.deprecationTime ? [on('ec2:DisableImageDeprecation')] : []),
      ];
    case 'DELETE':
      return [
        on('ec2:DeregisterImage'),
        ...(options.snapshots
          ? ami.snapshotIds.map((id) => ({
              action: 'ec2:DeleteSnapshot',
              resource: ec2Arn.snapshot(ami.region, id),
              resourceTags: ami.tags,
            }))
          : []),
      ];
  }
}

async function applyToAmi(run: LifecycleRun, ami: Ec2ImageRecord, options: AssociatedOptions): Promise<void> {
  if (options.action === 'DELETE') return void (await deleteEc2Image(run.tx, ami));
  const { deprecationTime: _previous, ...rest } = ami;
  const next: Ec2ImageRecord =
    options.action === 'DEPRECATE'
      ? { ...ami, deprecationTime: run.now.toISOString() }
      : options.action === 'DISABLE'
        ? { ...ami, state: 'disabled' }
        : { ...rest, state: 'available' };
  await putEc2Image(run.tx, next);
}

/** Acts on one AMI; returns its execution resource (SUCCESS, SKIPPED or FAILED with the reason). */
export async function actOnAmi(
  run: LifecycleRun,
  imageArn: string,
  output: ApiObject,
  options: AssociatedOptions,
): Promise<ApiObject> {
  const region = String(output['region'] ?? run.region);
  const account = String(output['accountId'] ?? run.account);
  const amiId = String(output['image'] ?? '');
  const base = {
    accountId: account,
    resourceId: amiId,
    action: { name: options.action, reason: options.reason },
    region,
    startTime: epochSeconds(run.now),
  };
  const ami = await getEc2Image(run.tx, account, region, amiId);
  if (!ami)
    return compact({
      ...base,
      state: state('SKIPPED', 'The AMI no longer exists.'),
      endTime: epochSeconds(run.now),
    });
  const snapshots = (status: string) =>
    ami.snapshotIds.map((snapshotId) => ({ snapshotId, state: { status } }));
  const excluded = amiExclusion(ami, options.amiExclusions);
  if (excluded)
    return compact({
      ...base,
      state: state('SKIPPED', excluded),
      snapshots: snapshots('SKIPPED'),
      endTime: epochSeconds(run.now),
    });
  try {
    const actor: Actor =
      account === run.account ? run.executionActor : await run.crossAccountActor(account, imageArn);
    await run.authorizer(region).requireAll(actor, amiChecks(ami, options));
    await applyToAmi(run, ami, options);
    const snapshotStatus = options.action === 'DELETE' && options.snapshots ? 'SUCCESS' : 'SKIPPED';
    return compact({
      ...base,
      state: state('SUCCESS'),
      snapshots: snapshots(snapshotStatus),
      endTime: epochSeconds(run.now),
    });
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    return compact({
      ...base,
      state: state('FAILED', error.reason),
      snapshots: snapshots('FAILED'),
      endTime: epochSeconds(run.now),
    });
  }
}
