/**
 * One lifecycle execution's principals: imagebuilder.amazonaws.com assumes the lifecycle execution role
 * (its trust policy must allow the service, with aws:SourceAccount and aws:SourceArn of the request),
 * whose session (named after the execution id) then acts; in a destination account it assumes
 * Ec2ImageBuilderCrossAccountLifecycleAccess, whose documented trust conditions are aws:SourceAccount =
 * the account that distributed the image and aws:SourceArn like `arn:*:imagebuilder:*:*:image/*\/*\/*`
 * (so the source ARN of that request is the image's). Every request is logged under the execution id.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import type { Enforcer } from '../../common/enforce/enforcer.js';
import { MANAGED_POLICIES, roleActor, serviceActor, type Actor } from './principals.js';
import { StepAuthorizer, StepFailure } from './step-authorizer.js';

export const CROSS_ACCOUNT_LIFECYCLE_ROLE = 'Ec2ImageBuilderCrossAccountLifecycleAccess';
const SERVICE = 'imagebuilder.amazonaws.com';

/** The role a RoleNameOrArn names in the account (a name, path and name, or an ARN of that account). */
export async function lifecycleRole(
  tx: StoreTx,
  account: string,
  nameOrArn: string,
): Promise<RoleRecord | undefined> {
  const arnAccount = /^arn:[^:]+:iam::([0-9]{12}):role\//.exec(nameOrArn)?.[1];
  if (arnAccount !== undefined && arnAccount !== account) return undefined;
  const name = nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1);
  return tx.get('roles', account, name.toLowerCase());
}

export class LifecycleRun {
  private constructor(
    readonly tx: StoreTx,
    private readonly enforcer: Enforcer,
    readonly now: Date,
    readonly account: string,
    readonly region: string,
    readonly executionId: string,
    readonly executionActor: Actor,
    /** False for a StartResourceStateUpdate without an execution role: only the image's state changes. */
    readonly withRole = true,
  ) {}

  /** A run without an execution role (nothing is requested in the account's name). */
  static withoutRole(
    tx: StoreTx,
    enforcer: Enforcer,
    now: Date,
    where: { readonly account: string; readonly region: string; readonly executionId: string },
  ): LifecycleRun {
    const actor = serviceActor(SERVICE, where.account);
    return new LifecycleRun(tx, enforcer, now, where.account, where.region, where.executionId, actor, false);
  }

  authorizer(region = this.region): StepAuthorizer {
    return new StepAuthorizer(this.enforcer, this.tx, {
      requestId: this.executionId,
      now: this.now,
      region,
      secureTransport: true,
    });
  }

  /** Assumes the execution role for the execution; throws a StepFailure when that is refused. */
  static async open(
    tx: StoreTx,
    enforcer: Enforcer,
    now: Date,
    where: { readonly account: string; readonly region: string; readonly executionId: string },
    executionRole: string,
    sourceArn: string,
  ): Promise<LifecycleRun> {
    const role = await lifecycleRole(tx, where.account, executionRole);
    if (!role)
      throw new StepFailure(
        `The lifecycle execution role ${executionRole} does not exist in account ${where.account}.`,
      );
    const probe = new StepAuthorizer(enforcer, tx, {
      requestId: where.executionId,
      now,
      region: where.region,
      secureTransport: true,
    });
    await probe.require(serviceActor(SERVICE, where.account), {
      action: 'sts:AssumeRole',
      resource: role.arn,
      resourceAccount: where.account,
      context: { 'aws:SourceAccount': where.account, 'aws:SourceArn': sourceArn },
      resourcePolicy: { kind: 'trust', id: role.arn, document: role.assumeRolePolicyDocument },
    });
    const actor = roleActor(role, where.executionId, 'the lifecycle execution role', [
      MANAGED_POLICIES.lifecycleExecution,
    ]);
    return new LifecycleRun(tx, enforcer, now, where.account, where.region, where.executionId, actor);
  }

  /** The cross-account lifecycle role of a destination account, assumed for one image. */
  async crossAccountActor(destination: string, imageArn: string): Promise<Actor> {
    const role = await this.tx.get('roles', destination, CROSS_ACCOUNT_LIFECYCLE_ROLE.toLowerCase());
    if (!role) {
      throw new StepFailure(
        `The role arn:aws:iam::${destination}:role/${CROSS_ACCOUNT_LIFECYCLE_ROLE} does not exist in account ${destination}. Missing: create it there, trusting imagebuilder.amazonaws.com with aws:SourceAccount ${this.account}, and attach the AWS managed policy EC2ImageBuilderLifecycleExecutionPolicy.`,
      );
    }
    await this.authorizer().require(serviceActor(SERVICE, this.account), {
      action: 'sts:AssumeRole',
      resource: role.arn,
      resourceAccount: destination,
      context: { 'aws:SourceAccount': this.account, 'aws:SourceArn': imageArn },
      resourcePolicy: { kind: 'trust', id: role.arn, document: role.assumeRolePolicyDocument },
    });
    return roleActor(role, this.executionId, 'the cross-account lifecycle role', [
      MANAGED_POLICIES.lifecycleExecution,
    ]);
  }
}
