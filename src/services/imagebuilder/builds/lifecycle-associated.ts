/**
 * A lifecycle action on the resources associated with an Image Builder image, as the principal AWS uses:
 * AMIs (and their snapshots) in the policy's account are acted on by the lifecycle execution role; AMIs
 * distributed to other accounts through the Ec2ImageBuilderCrossAccountLifecycleAccess role there, which
 * imagebuilder.amazonaws.com assumes with aws:SourceAccount (the policy's account) and aws:SourceArn (the
 * image) in the request — the role's real trust policy decides. Container images need their ECR
 * repository tagged `LifecycleExecutionAccess: EC2 Image Builder`; ibiam has no ECR, so the repository's
 * tags are read from an `imagebuilder:ecr-repository-tags` record (account of the repository, key
 * `REGION/REPOSITORY`, value `{ "tags": { ... } }`), and without one the container is skipped, saying so.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-rules.html
 */
import { compact, type ApiObject } from '../common/image-api-values.js';
import { deleteEc2Image, ec2Arn, getEc2Image, putEc2Image, type Ec2ImageRecord } from '../common/build-ec2-images.js';
import { hasAnyTag } from '../common/lifecycle-selection.js';
import type { ExecutionResource } from '../common/lifecycle-execution-records.js';
import type { LifecycleRun } from './lifecycle-run.js';
import type { Actor } from './principals.js';
import { StepFailure, type StepCheck } from './step-authorizer.js';

export type LifecycleActionName = 'AVAILABLE' | 'DELETE' | 'DEPRECATE' | 'DISABLE';

export interface AssociatedOptions {
  readonly action: LifecycleActionName;
  readonly reason: string;
  readonly amis: boolean;
  readonly snapshots: boolean;
  readonly containers: boolean;
  /** exclusionRules.amis */
  readonly amiExclusions?: ApiObject;
}

export const ECR_REPOSITORY_TAGS = 'imagebuilder:ecr-repository-tags' as const;
export const LIFECYCLE_ACCESS_TAG = { LifecycleExecutionAccess: 'EC2 Image Builder' } as const;

const state = (status: string, reason?: string) => compact({ status, reason });

/** Why an AMI is excluded by the rule's AMI exclusions, if it is. */
export function amiExclusion(ami: Ec2ImageRecord, rules: ApiObject | undefined): string | undefined {
  if (!rules) return undefined;
  if (rules['isPublic'] === true && ami.public) return 'The AMI is public.';
  if (Array.isArray(rules['regions']) && rules['regions'].includes(ami.region)) return `The AMI is in excluded Region ${ami.region}.`;
  const shared = Array.isArray(rules['sharedAccounts']) ? rules['sharedAccounts'].map(String) : [];
  if (shared.some((a) => a === ami.accountId || ami.sharedWith.includes(a))) return 'The AMI is shared with an excluded account.';
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
      return [...(ami.state === 'disabled' ? [on('ec2:EnableImage')] : []), ...(ami.deprecationTime ? [on('ec2:DisableImageDeprecation')] : [])];
    case 'DELETE':
      return [
        on('ec2:DeregisterImage'),
        ...(options.snapshots
          ? ami.snapshotIds.map((id) => ({ action: 'ec2:DeleteSnapshot', resource: ec2Arn.snapshot(ami.region, id), resourceTags: ami.tags }))
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
async function actOnAmi(run: LifecycleRun, imageArn: string, output: ApiObject, options: AssociatedOptions): Promise<ApiObject> {
  const region = String(output['region'] ?? run.region);
  const account = String(output['accountId'] ?? run.account);
  const amiId = String(output['image'] ?? '');
  const base = { accountId: account, resourceId: amiId, action: { name: options.action, reason: options.reason }, region, startTime: run.now.toISOString() };
  const ami = await getEc2Image(run.tx, account, region, amiId);
  if (!ami) return compact({ ...base, state: state('SKIPPED', 'The AMI no longer exists.'), endTime: run.now.toISOString() });
  const snapshots = (status: string) => ami.snapshotIds.map((snapshotId) => ({ snapshotId, state: { status } }));
  const excluded = amiExclusion(ami, options.amiExclusions);
  if (excluded) return compact({ ...base, state: state('SKIPPED', excluded), snapshots: snapshots('SKIPPED'), endTime: run.now.toISOString() });
  try {
    const actor: Actor = account === run.account ? run.executionActor : await run.crossAccountActor(account, imageArn);
    await run.authorizer(region).requireAll(actor, amiChecks(ami, options));
    await applyToAmi(run, ami, options);
    const snapshotStatus = options.action === 'DELETE' && options.snapshots ? 'SUCCESS' : 'SKIPPED';
    return compact({ ...base, state: state('SUCCESS'), snapshots: snapshots(snapshotStatus), endTime: run.now.toISOString() });
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    return compact({ ...base, state: state('FAILED', error.reason), snapshots: snapshots('FAILED'), endTime: run.now.toISOString() });
  }
}

/** Deletes one container image from its ECR repository (see the module comment). */
async function actOnContainer(run: LifecycleRun, output: ApiObject, options: AssociatedOptions): Promise<ApiObject> {
  const region = String(output['region'] ?? run.region);
  const uris = Array.isArray(output['imageUris']) ? output['imageUris'].map(String) : [];
  const match = /^(\d{12})\.dkr\.ecr\.[^/]+\/([^:@]+)/.exec(uris[0] ?? '');
  const account = match?.[1] ?? run.account;
  const repository = match?.[2] ?? '';
  const base = { accountId: account, resourceId: uris[0] ?? repository, action: { name: options.action, reason: options.reason }, region, imageUris: uris, startTime: run.now.toISOString() };
  const record = (await run.tx.get(ECR_REPOSITORY_TAGS, account, `${region}/${repository}`)) as { tags?: Record<string, string> } | undefined;
  if (!record) {
    const reason = `ibiam has no ECR: the tags of repository ${repository} are unknown (store them in imagebuilder:ecr-repository-tags under ${region}/${repository}); Image Builder needs the tag LifecycleExecutionAccess: EC2 Image Builder on it.`;
    return compact({ ...base, state: state('SKIPPED', reason), endTime: run.now.toISOString() });
  }
  const arn = `arn:aws:ecr:${region}:${account}:repository/${repository}`;
  try {
    await run.authorizer(region).requireAll(run.executionActor, [
      { action: 'ecr:BatchGetImage', resource: arn, resourceTags: record.tags ?? {} },
      { action: 'ecr:BatchDeleteImage', resource: arn, resourceTags: record.tags ?? {}, suggestion: 'the repository must carry the tag LifecycleExecutionAccess: EC2 Image Builder' },
    ]);
    return compact({ ...base, state: state('SUCCESS'), endTime: run.now.toISOString() });
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    return compact({ ...base, state: state('FAILED', error.reason), endTime: run.now.toISOString() });
  }
}

/** The associated resources of the image the options include, each acted on and reported. */
export async function actOnAssociated(run: LifecycleRun, image: ApiObject, options: AssociatedOptions): Promise<ExecutionResource[]> {
  const arn = String(image['arn']);
  const outputs = (image['outputResources'] as ApiObject | undefined) ?? {};
  const out: ExecutionResource[] = [];
  if (options.amis) {
    for (const ami of Array.isArray(outputs['amis']) ? (outputs['amis'] as ApiObject[]) : []) {
      out.push({ parentResourceId: arn, resource: await actOnAmi(run, arn, ami, options) });
    }
  }
  if (options.containers && options.action === 'DELETE') {
    for (const container of Array.isArray(outputs['containers']) ? (outputs['containers'] as ApiObject[]) : []) {
      out.push({ parentResourceId: arn, resource: await actOnContainer(run, container, options) });
    }
  }
  return out;
}
