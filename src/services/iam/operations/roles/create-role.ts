/**
 * CreateRole: a new IAM role with its trust policy (checked as a trust policy, within the ACLSizePerRole
 * quota, every same-account user or role principal existing), an optional path, description, maximum
 * session duration (3,600-43,200 seconds, default 3,600), permissions boundary and tags. Tagging on create
 * also needs iam:TagRole. Paths under `/aws-service-role/` belong to service-linked roles, which only
 * CreateServiceLinkedRole makes.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
import { InputReader } from '../../../common/input.js';
import { uniqueId } from '../../../common/ids.js';
import { defineOperation, type AccessCheck } from '../../../common/operation.js';
import { entityAlreadyExists, invalidInput } from '../../../common/service-error.js';
import type { RoleRecord } from '../../../../store/records.js';
import { iamArn } from '../../common/arns.js';
import { requireManagedPolicy } from '../../common/attachments.js';
import { findRole, saveRole, SERVICE_LINKED_ROLE_PATH_PREFIX } from '../../common/role-access.js';
import { DEFAULT_MAX_SESSION_DURATION, MAX_SESSION_DURATION } from '../../common/role-input.js';
import { roleShape } from '../../common/role-shape.js';
import { checkTrustPolicy } from '../../common/role-trust-policy.js';
import { ARN, DESCRIPTION, PATH, POLICY_DOCUMENT, ROLE_NAME } from '../../common/rules.js';
import { requestTagContext } from '../../common/shapes.js';
import { mergeTags } from '../../common/tagging.js';

export const createRole = defineOperation({
  name: 'CreateRole',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      path: reader.optionalString('Path', PATH) ?? '/',
      assumeRolePolicyDocument: reader.string('AssumeRolePolicyDocument', POLICY_DOCUMENT),
      description: reader.optionalString('Description', DESCRIPTION),
      maxSessionDuration: reader.optionalInteger('MaxSessionDuration', MAX_SESSION_DURATION),
      permissionsBoundary: reader.optionalString('PermissionsBoundary', ARN),
      tags: reader.optionalTags() ?? [],
    };
    reader.done();
    return input;
  },
  access(input, ctx) {
    const arn = iamArn(ctx.caller.accountId, 'role', input.path, input.roleName);
    const context = {
      ...requestTagContext(input.tags),
      ...(input.permissionsBoundary ? { 'iam:PermissionsBoundary': input.permissionsBoundary } : {}),
    };
    const checks: AccessCheck[] = [{ action: 'iam:CreateRole', resource: arn, context }];
    if (input.tags.length > 0) checks.push({ action: 'iam:TagRole', resource: arn, context });
    return checks;
  },
  async run(input, ctx) {
    const account = ctx.caller.accountId;
    if (input.path.startsWith(SERVICE_LINKED_ROLE_PATH_PREFIX)) {
      throw invalidInput(
        `The path ${input.path} is reserved for service-linked roles; use CreateServiceLinkedRole.`,
      );
    }
    if (await findRole(ctx, input.roleName)) {
      throw entityAlreadyExists(`Role with name ${input.roleName} already exists.`);
    }
    await checkTrustPolicy(ctx.tx, account, input.assumeRolePolicyDocument);
    if (input.permissionsBoundary) {
      await requireManagedPolicy(ctx.tx, ctx.awsManaged, input.permissionsBoundary);
    }
    const tags = mergeTags([], input.tags);
    const role: RoleRecord = {
      accountId: account,
      name: input.roleName,
      id: uniqueId('AROA'),
      path: input.path,
      arn: iamArn(account, 'role', input.path, input.roleName),
      createDate: ctx.now.toISOString(),
      assumeRolePolicyDocument: input.assumeRolePolicyDocument,
      ...(input.description !== undefined ? { description: input.description } : {}),
      maxSessionDuration: input.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
      ...(input.permissionsBoundary ? { permissionsBoundaryArn: input.permissionsBoundary } : {}),
      tags,
      attachedPolicies: [],
      inlinePolicies: [],
    };
    await saveRole(ctx, role);
    return { Role: roleShape(role, 'create') };
  },
});
