/**
 * Running one lifecycle execution: a policy run (the policy's rules select the images and their actions)
 * or a StartResourceStateUpdate (one image, one target state). Image Builder assumes the execution role,
 * lists tagged resources when the policy selects by tag (tag:GetResources) and describes the AMIs
 * (ec2:DescribeImages) it will act on; then, image by image, acts on the associated resources first and
 * on the image resource last (imagebuilder:DeleteImage for a delete; a deprecate or disable changes the
 * image's state). An image whose associated resources could not all be handled is left as it was and
 * reported FAILED. What was done, skipped or refused is in the execution's resources.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-rules.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_StartResourceStateUpdate.html
 */
import type { StoreTx } from '../../../store/store.js';
import type { Enforcer } from '../../common/enforce/enforcer.js';
import type { ApiObject } from '../common/image-api-values.js';
import {
  epochSeconds,
  executionShape,
  type ExecutionResource,
  type StoredLifecycleExecution,
} from '../common/lifecycle-execution-records.js';
import { lifecyclePolicySettingsOf } from '../common/lifecycle-policy-shape.js';
import { lifecycleDecisions } from '../common/lifecycle-selection.js';
import { getResource, listResources, putResource } from '../common/resources.js';
import type { AssociatedOptions, LifecycleActionName } from './lifecycle-associated.js';
import { actOnImage } from './lifecycle-image-action.js';
import { LifecycleRun } from './lifecycle-run.js';
import { StepFailure } from './step-authorizer.js';

const includes = (include: unknown, member: string): boolean =>
  typeof include === 'object' && include !== null && (include as ApiObject)[member] === true;

async function policyRun(run: LifecycleRun, policy: ApiObject): Promise<ExecutionResource[]> {
  const settings = lifecyclePolicySettingsOf(policy);
  const auth = run.authorizer();
  if (settings.resourceSelection['tagMap'] !== undefined) {
    await auth.require(run.executionActor, { action: 'tag:GetResources', resource: '*' });
  }
  const images = await listResources<ApiObject>(run.tx, 'image', run.account, run.region);
  const decisions = lifecycleDecisions(
    settings,
    images.map((i) => ({ arn: i.arn, image: i.resource, tags: i.tags })),
    run.now,
  );
  const describe = decisions.some((d) =>
    includes((d.rule['action'] as ApiObject)['includeResources'], 'amis'),
  );
  if (describe) await auth.require(run.executionActor, { action: 'ec2:DescribeImages', resource: '*' });
  const out: ExecutionResource[] = [];
  for (const decision of decisions) {
    const stored = images.find((i) => i.arn === decision.candidate.arn)!;
    const include = (decision.rule['action'] as ApiObject)['includeResources'];
    const exclusions = (decision.rule['exclusionRules'] as ApiObject | undefined)?.['amis'] as
      ApiObject | undefined;
    out.push(
      ...(await actOnImage(run, stored, {
        action: decision.action,
        reason: decision.reason,
        amis: includes(include, 'amis'),
        snapshots: includes(include, 'snapshots'),
        containers: includes(include, 'containers'),
        ...(exclusions ? { amiExclusions: exclusions } : {}),
      })),
    );
  }
  return out;
}

const STATE_ACTION: Record<string, LifecycleActionName> = {
  AVAILABLE: 'AVAILABLE',
  DEPRECATED: 'DEPRECATE',
  DISABLED: 'DISABLE',
  DELETED: 'DELETE',
};

export interface LifecycleEnv {
  readonly tx: StoreTx;
  readonly enforcer: Enforcer;
  readonly now: Date;
}

/** Runs the execution (PENDING) and stores its outcome; returns it. */
export async function runLifecycleExecution(
  env: LifecycleEnv,
  execution: StoredLifecycleExecution,
): Promise<StoredLifecycleExecution> {
  const job = execution.job;
  const where = { account: execution.account, region: execution.region, executionId: execution.name };
  const policyArn = job.kind === 'policy' ? job.policyArn : undefined;
  let resources: ExecutionResource[] = [];
  let failure: string | undefined;
  try {
    if (job.kind === 'policy') {
      const policy = await getResource<ApiObject>(
        env.tx,
        'lifecycle-policy',
        execution.account,
        job.policyArn,
      );
      if (!policy) throw new StepFailure(`The lifecycle policy ${job.policyArn} no longer exists.`);
      const run = await LifecycleRun.open(
        env.tx,
        env.enforcer,
        env.now,
        where,
        String(policy.resource['executionRole']),
        job.policyArn,
      );
      resources = await policyRun(run, policy.resource);
    } else {
      const image = await getResource<ApiObject>(env.tx, 'image', execution.account, job.resourceArn);
      if (!image) throw new StepFailure(`The image ${job.resourceArn} no longer exists.`);
      const options: AssociatedOptions = {
        action: STATE_ACTION[job.status] ?? 'AVAILABLE',
        reason: 'Requested by StartResourceStateUpdate.',
        amis: includes(job.includeResources, 'amis'),
        snapshots: includes(job.includeResources, 'snapshots'),
        containers: includes(job.includeResources, 'containers'),
        ...(job.exclusionRules?.['amis'] ? { amiExclusions: job.exclusionRules['amis'] as ApiObject } : {}),
      };
      const run = job.executionRole
        ? await LifecycleRun.open(env.tx, env.enforcer, env.now, where, job.executionRole, job.resourceArn)
        : LifecycleRun.withoutRole(env.tx, env.enforcer, env.now, where);
      resources = await actOnImage(run, image, options);
    }
    const failed = resources.filter((r) => (r.resource['state'] as ApiObject)['status'] === 'FAILED').length;
    if (failed > 0)
      failure = `The lifecycle action failed for ${failed} resource(s); see the execution's resources.`;
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    failure = error.reason;
  }
  const done: StoredLifecycleExecution = {
    ...execution,
    resources,
    resource: executionShape({
      id: execution.name,
      ...(policyArn ? { policyArn } : {}),
      status: failure ? 'FAILED' : 'SUCCESS',
      ...(failure ? { reason: failure } : {}),
      impacted: resources.length > 0,
      startTime: Number(execution.resource['startTime'] ?? epochSeconds(env.now)),
      endTime: epochSeconds(env.now),
    }),
  };
  await putResource(env.tx, done);
  return done;
}
