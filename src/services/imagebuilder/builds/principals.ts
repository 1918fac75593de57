/**
 * Who acts during a simulated build or lifecycle run, as Callers the enforcement point understands:
 * - role sessions (the service-linked role or the execution role Image Builder assumes, the instance
 *   profile role on a build or test instance with the instance id as session name, the cross-account
 *   distribution or lifecycle role in a target account): the role's own policies and boundary apply;
 * - service principals (imagebuilder.amazonaws.com, ec2.amazonaws.com) when they assume a role: only
 *   the role's trust policy can grant that.
 * Each actor carries a label for failure reasons and the AWS managed policies that are meant for it,
 * most relevant first (what a refusal suggests).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { Caller } from '../../common/caller.js';
import { tagRecord } from '../../iam/common/shapes.js';

export interface Actor {
  readonly caller: Caller;
  /** e.g. `the instance profile role MyRole (session arn:aws:sts::1:assumed-role/MyRole/i-0abc)` */
  readonly label: string;
  /** The role the actor acts with (undefined for service principals). */
  readonly role?: RoleRecord;
  /** AWS managed policies that would grant this actor its permissions, most relevant first. */
  readonly candidatePolicies: readonly string[];
}

const MANAGED = 'arn:aws:iam::aws:policy/';
export const MANAGED_POLICIES = {
  instanceProfile: `${MANAGED}EC2InstanceProfileForImageBuilder`,
  ssmCore: `${MANAGED}AmazonSSMManagedInstanceCore`,
  ecrContainerBuilds: `${MANAGED}EC2InstanceProfileForImageBuilderECRContainerBuilds`,
  crossAccountDistribution: `${MANAGED}Ec2ImageBuilderCrossAccountDistributionAccess`,
  serviceLinkedRole: `${MANAGED}aws-service-role/AWSServiceRoleForImageBuilder`,
  executionRole: `${MANAGED}EC2ImageBuilderExecutionPolicy`,
  lifecycleExecution: `${MANAGED}service-role/EC2ImageBuilderLifecycleExecutionPolicy`,
} as const;

/** The access key id a simulated session is cached under by the enforcement point (never a real key). */
const syntheticKey = (arn: string) => `ibiam-simulated:${arn}`;

/** A session of the role named `sessionName` (as STS AssumeRole would create it). */
export function roleSessionCaller(role: RoleRecord, sessionName: string): Caller {
  const arn = `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/${sessionName}`;
  return {
    accountId: role.accountId,
    kind: 'role-session',
    arn,
    userId: `${role.id}:${sessionName}`,
    accessKeyId: syntheticKey(arn),
    roleName: role.name,
    principal: { arn, roleArn: role.arn, uniqueId: role.id, tags: tagRecord(role.tags) },
  };
}

/**
 * A service principal such as imagebuilder.amazonaws.com. The Caller kind is `root` only so that no
 * identity policy is loaded; the engine recognizes the principal as a service by its name.
 */
export function serviceCaller(service: string, onBehalfOf: string): Caller {
  return {
    accountId: onBehalfOf,
    kind: 'root',
    arn: service,
    userId: service,
    accessKeyId: syntheticKey(`${service}/${onBehalfOf}`),
    principal: { arn: service },
  };
}

export function roleActor(
  role: RoleRecord,
  sessionName: string,
  what: string,
  candidatePolicies: readonly string[],
): Actor {
  const caller = roleSessionCaller(role, sessionName);
  return { caller, role, label: `${what} ${role.name} (session ${caller.arn})`, candidatePolicies };
}

export function serviceActor(service: string, onBehalfOf: string): Actor {
  return {
    caller: serviceCaller(service, onBehalfOf),
    label: `the service principal ${service}`,
    candidatePolicies: [],
  };
}

/** The session name Image Builder's own sessions (service-linked or execution role) carry here. */
export const IMAGE_BUILDER_SESSION = 'EC2ImageBuilder';
