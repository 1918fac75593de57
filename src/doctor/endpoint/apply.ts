/**
 * Applies IAM fix actions to an endpoint through the public API (the AWS SDK for IAM), in order. An
 * entity that already exists (EntityAlreadyExists) counts as done, so applying twice is harmless.
 * Actions of other services (ECR tags, SNS topic policies) are left out and reported.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
 */
import type { FixAction } from '../fixes/actions.js';
import { isIamAction } from '../fixes/actions.js';
import { cliCommand } from '../fixes/render-cli.js';
import { clientConfig, sdkMessage, type Connection, type StaticCredentials } from './connection.js';

export interface Applied {
  readonly command: string;
  readonly outcome: 'applied' | 'exists' | 'skipped' | 'failed';
  readonly error?: string;
}

export async function applyActions(
  connection: Connection,
  actions: readonly FixAction[],
  credentials?: StaticCredentials,
): Promise<Applied[]> {
  const iam = await import('@aws-sdk/client-iam');
  const client = new iam.IAMClient(clientConfig(connection, credentials));
  const doc = (value: unknown) => JSON.stringify(value);
  const send = (action: FixAction) => {
    switch (action.kind) {
      case 'create-service-linked-role':
        return client.send(new iam.CreateServiceLinkedRoleCommand({ AWSServiceName: action.service }));
      case 'create-role':
        return client.send(
          new iam.CreateRoleCommand({
            RoleName: action.roleName,
            AssumeRolePolicyDocument: doc(action.trust),
            ...(action.path ? { Path: action.path } : {}),
            ...(action.description ? { Description: action.description } : {}),
          }),
        );
      case 'update-assume-role-policy':
        return client.send(
          new iam.UpdateAssumeRolePolicyCommand({
            RoleName: action.roleName,
            PolicyDocument: doc(action.trust),
          }),
        );
      case 'attach-role-policy':
        return client.send(
          new iam.AttachRolePolicyCommand({ RoleName: action.roleName, PolicyArn: action.policyArn }),
        );
      case 'put-role-policy':
        return client.send(
          new iam.PutRolePolicyCommand({
            RoleName: action.roleName,
            PolicyName: action.policyName,
            PolicyDocument: doc(action.document),
          }),
        );
      case 'create-instance-profile':
        return client.send(
          new iam.CreateInstanceProfileCommand({ InstanceProfileName: action.instanceProfileName }),
        );
      case 'add-role-to-instance-profile':
        return client.send(
          new iam.AddRoleToInstanceProfileCommand({
            InstanceProfileName: action.instanceProfileName,
            RoleName: action.roleName,
          }),
        );
      case 'put-user-policy':
        return client.send(
          new iam.PutUserPolicyCommand({
            UserName: action.userName,
            PolicyName: action.policyName,
            PolicyDocument: doc(action.document),
          }),
        );
      case 'attach-user-policy':
        return client.send(
          new iam.AttachUserPolicyCommand({ UserName: action.userName, PolicyArn: action.policyArn }),
        );
      case 'create-group':
        return client.send(new iam.CreateGroupCommand({ GroupName: action.groupName }));
      case 'put-group-policy':
        return client.send(
          new iam.PutGroupPolicyCommand({
            GroupName: action.groupName,
            PolicyName: action.policyName,
            PolicyDocument: doc(action.document),
          }),
        );
      case 'attach-group-policy':
        return client.send(
          new iam.AttachGroupPolicyCommand({ GroupName: action.groupName, PolicyArn: action.policyArn }),
        );
      case 'add-user-to-group':
        return client.send(
          new iam.AddUserToGroupCommand({ GroupName: action.groupName, UserName: action.userName }),
        );
      default:
        return undefined;
    }
  };
  /** An instance profile holds at most one role: adding the one it already holds is done already. */
  const alreadyHolds = async (action: FixAction): Promise<boolean> => {
    if (action.kind !== 'add-role-to-instance-profile') return false;
    try {
      const got = await client.send(
        new iam.GetInstanceProfileCommand({ InstanceProfileName: action.instanceProfileName }),
      );
      return (got.InstanceProfile?.Roles ?? []).some(
        (r) => r.RoleName?.toLowerCase() === action.roleName.toLowerCase(),
      );
    } catch {
      return false;
    }
  };
  const results: Applied[] = [];
  try {
    for (const action of actions) {
      const command = cliCommand(action);
      if (!isIamAction(action)) {
        results.push({
          command,
          outcome: 'skipped',
          error: 'not an IAM change: run it against the real service',
        });
        continue;
      }
      try {
        await send(action);
        results.push({ command, outcome: 'applied' });
      } catch (error) {
        const text = error instanceof Error ? `${error.name} ${error.message}` : '';
        if (/EntityAlreadyExists|already exists|has been taken/i.test(text) || (await alreadyHolds(action)))
          results.push({ command, outcome: 'exists' });
        else results.push({ command, outcome: 'failed', error: sdkMessage(error) });
      }
    }
  } finally {
    client.destroy();
  }
  return results;
}
