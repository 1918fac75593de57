/**
 * A doctor fix action -> the IAM API call that applies it, sent through the AWS SDK for IAM as the
 * signed-in principal (documents as JSON text). ECR tags and SNS topic policies are not IAM: the console
 * cannot apply them here. Also: which actions of a report to apply (only the signed-in account's, each
 * once, errors before warnings). No DOM: unit-tested in console/test.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
 */
import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  CreateServiceLinkedRoleCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  UpdateAssumeRolePolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { DoctorFinding, FixAction, Severity } from './doctor-types.js';

/** One IAM call: its operation name and input (shown, and tested), and how to send it. */
export interface IamCall {
  readonly operation: string;
  readonly input: Readonly<Record<string, string>>;
  send(iam: IAMClient): Promise<unknown>;
}

export type FixCommand =
  ({ readonly kind: 'iam' } & IamCall) | { readonly kind: 'unsupported'; readonly reason: string };

const doc = (value: unknown) => JSON.stringify(value);

function call<I extends Record<string, string>>(
  operation: string,
  input: I,
  send: (iam: IAMClient, input: I) => Promise<unknown>,
): FixCommand {
  return { kind: 'iam', operation, input, send: (iam) => send(iam, input) };
}

export function fixCommand(action: FixAction): FixCommand {
  switch (action.kind) {
    case 'create-service-linked-role':
      return call('CreateServiceLinkedRole', { AWSServiceName: action.service }, (iam, i) =>
        iam.send(new CreateServiceLinkedRoleCommand(i)),
      );
    case 'create-role':
      return call(
        'CreateRole',
        {
          RoleName: action.roleName,
          AssumeRolePolicyDocument: doc(action.trust),
          ...(action.path ? { Path: action.path } : {}),
          ...(action.description ? { Description: action.description } : {}),
        },
        (iam, i) => iam.send(new CreateRoleCommand(i)),
      );
    case 'update-assume-role-policy':
      return call(
        'UpdateAssumeRolePolicy',
        { RoleName: action.roleName, PolicyDocument: doc(action.trust) },
        (iam, i) => iam.send(new UpdateAssumeRolePolicyCommand(i)),
      );
    case 'attach-role-policy':
      return call('AttachRolePolicy', { RoleName: action.roleName, PolicyArn: action.policyArn }, (iam, i) =>
        iam.send(new AttachRolePolicyCommand(i)),
      );
    case 'put-role-policy':
      return call(
        'PutRolePolicy',
        { RoleName: action.roleName, PolicyName: action.policyName, PolicyDocument: doc(action.document) },
        (iam, i) => iam.send(new PutRolePolicyCommand(i)),
      );
    case 'create-instance-profile':
      return call('CreateInstanceProfile', { InstanceProfileName: action.instanceProfileName }, (iam, i) =>
        iam.send(new CreateInstanceProfileCommand(i)),
      );
    case 'add-role-to-instance-profile':
      return call(
        'AddRoleToInstanceProfile',
        { InstanceProfileName: action.instanceProfileName, RoleName: action.roleName },
        (iam, i) => iam.send(new AddRoleToInstanceProfileCommand(i)),
      );
    case 'put-user-policy':
      return call(
        'PutUserPolicy',
        { UserName: action.userName, PolicyName: action.policyName, PolicyDocument: doc(action.document) },
        (iam, i) => iam.send(new PutUserPolicyCommand(i)),
      );
    case 'attach-user-policy':
      return call('AttachUserPolicy', { UserName: action.userName, PolicyArn: action.policyArn }, (iam, i) =>
        iam.send(new AttachUserPolicyCommand(i)),
      );
    case 'create-group':
      return call('CreateGroup', { GroupName: action.groupName }, (iam, i) =>
        iam.send(new CreateGroupCommand(i)),
      );
    case 'put-group-policy':
      return call(
        'PutGroupPolicy',
        { GroupName: action.groupName, PolicyName: action.policyName, PolicyDocument: doc(action.document) },
        (iam, i) => iam.send(new PutGroupPolicyCommand(i)),
      );
    case 'attach-group-policy':
      return call(
        'AttachGroupPolicy',
        { GroupName: action.groupName, PolicyArn: action.policyArn },
        (iam, i) => iam.send(new AttachGroupPolicyCommand(i)),
      );
    case 'add-user-to-group':
      return call('AddUserToGroup', { GroupName: action.groupName, UserName: action.userName }, (iam, i) =>
        iam.send(new AddUserToGroupCommand(i)),
      );
    case 'tag-ecr-repository':
      return {
        kind: 'unsupported',
        reason: `Tagging the ECR repository ${action.repositoryArn} is an Amazon ECR call (ecr:TagResource), not IAM: the console cannot apply it here. Run the CLI command against Amazon ECR.`,
      };
    case 'sns-add-permission':
      return {
        kind: 'unsupported',
        reason: `Allowing account ${action.principalAccount} to publish to ${action.topicArn} is an Amazon SNS call (sns:AddPermission), not IAM: the console cannot apply it here. Run the CLI command against Amazon SNS.`,
      };
  }
}

/** The account a finding's fix runs in. */
export function fixAccount(finding: DoctorFinding): string {
  return finding.fix?.account ?? finding.account;
}

/** One action to apply, with the finding it fixes. */
export interface PlannedAction {
  readonly account: string;
  readonly action: FixAction;
  readonly findingIds: readonly string[];
}

/**
 * The actions of these findings in the order to apply them — errors' before warnings', each action once
 * (several findings often share one) — split into those of `account` and those of other accounts.
 */
export function planFixes(
  findings: readonly DoctorFinding[],
  account: string,
): { readonly mine: PlannedAction[]; readonly others: PlannedAction[] } {
  const order: readonly Severity[] = ['error', 'warning', 'info'];
  const byKey = new Map<string, { account: string; action: FixAction; findingIds: string[] }>();
  for (const severity of order) {
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const fixIn = fixAccount(finding);
      for (const action of finding.fix?.actions ?? []) {
        const key = `${fixIn} ${JSON.stringify(action)}`;
        const planned = byKey.get(key) ?? { account: fixIn, action, findingIds: [] };
        if (!planned.findingIds.includes(finding.id)) planned.findingIds.push(finding.id);
        byKey.set(key, planned);
      }
    }
  }
  const all = [...byKey.values()];
  return { mine: all.filter((p) => p.account === account), others: all.filter((p) => p.account !== account) };
}

/** A call in words, without its documents: `CreateRole RoleName=X`. */
export function describeCall(operation: string, input: Readonly<Record<string, string>>): string {
  const args = Object.entries(input)
    .filter(([key]) => !key.endsWith('Document'))
    .map(([key, value]) => `${key}=${value}`);
  return [operation, ...args].join(' ');
}

/** An error that means the fix is already in place (applying twice is harmless). */
export function meansAlreadyDone(errorName: string, message: string): boolean {
  return errorName === 'EntityAlreadyExists' || /already exists|has been taken/i.test(message);
}
