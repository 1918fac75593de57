/**
 * Helpers for the STS end-to-end tests: users with access keys and inline policies, roles with trust
 * and permission policies, all made through the IAM API with the AWS SDK, and AssumeRole returning
 * credentials ready for another client.
 */
import {
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  type Tag,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, type AssumeRoleCommandInput } from '@aws-sdk/client-sts';
import { ROOT, type Credentials, type TestServer } from './harness.js';

export type Statement = Record<string, unknown>;

/** A policy document with the given statements. */
export const policy = (...statements: Statement[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

/** A trust policy statement letting `principal` (an ARN or account id) call the actions. */
export const trust = (principal: string | string[], actions: string[] = ['sts:AssumeRole'], extra = {}) => ({
  Effect: 'Allow',
  Principal: { AWS: principal },
  Action: actions,
  ...extra,
});

export const allow = (action: string | string[], resource: string | string[] = '*', extra = {}) => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
});

/** Creates a user (with an inline policy when given) and an access key for it. */
export async function userWithKey(
  server: TestServer,
  name: string,
  document?: string,
  admin: Credentials = ROOT,
): Promise<Credentials & { arn: string }> {
  const iam = server.iam(admin);
  const created = await iam.send(new CreateUserCommand({ UserName: name }));
  if (document) {
    await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'p', PolicyDocument: document }));
  }
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return {
    accessKeyId: key.AccessKey?.AccessKeyId ?? '',
    secretAccessKey: key.AccessKey?.SecretAccessKey ?? '',
    arn: created.User?.Arn ?? '',
  };
}

export interface RoleSpec {
  readonly name: string;
  readonly trust: string;
  readonly permissions?: string;
  readonly managed?: readonly string[];
  readonly path?: string;
  readonly maxSessionDuration?: number;
  readonly tags?: Tag[];
}

/** Creates a role with its trust policy, an inline permission policy and managed policies. */
export async function createRole(
  server: TestServer,
  spec: RoleSpec,
  admin: Credentials = ROOT,
): Promise<{ arn: string; id: string }> {
  const iam = server.iam(admin);
  const created = await iam.send(
    new CreateRoleCommand({
      RoleName: spec.name,
      AssumeRolePolicyDocument: spec.trust,
      ...(spec.path ? { Path: spec.path } : {}),
      ...(spec.maxSessionDuration ? { MaxSessionDuration: spec.maxSessionDuration } : {}),
      ...(spec.tags ? { Tags: spec.tags } : {}),
    }),
  );
  if (spec.permissions) {
    await iam.send(
      new PutRolePolicyCommand({ RoleName: spec.name, PolicyName: 'p', PolicyDocument: spec.permissions }),
    );
  }
  for (const arn of spec.managed ?? []) {
    await iam.send(new AttachRolePolicyCommand({ RoleName: spec.name, PolicyArn: arn }));
  }
  return { arn: created.Role?.Arn ?? '', id: created.Role?.RoleId ?? '' };
}

/** AssumeRole as `caller`; the credentials of the new session. */
export async function assume(
  server: TestServer,
  caller: Credentials,
  input: AssumeRoleCommandInput,
): Promise<Credentials> {
  const result = await server.sts(caller).send(new AssumeRoleCommand(input));
  const c = result.Credentials;
  return {
    accessKeyId: c?.AccessKeyId ?? '',
    secretAccessKey: c?.SecretAccessKey ?? '',
    sessionToken: c?.SessionToken ?? '',
  };
}
