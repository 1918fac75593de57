/**
 * CreateUser: a new IAM user with an optional path, permissions boundary and tags. Tagging on create
 * also needs iam:TagUser; iam:PermissionsBoundary carries the requested boundary. The boundary must be an
 * existing managed policy (NoSuchEntity `Scope ARN: ... does not exist or is not attachable.`); an account
 * holds at most 5,000 users.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entities
 */
import { InputReader } from '../../../common/input.js';
import { uniqueId } from '../../../common/ids.js';
import { defineOperation, type AccessCheck } from '../../../common/operation.js';
import { entityAlreadyExists, limitExceeded } from '../../../common/service-error.js';
import { iamArn } from '../../common/arns.js';
import { requestTagContext, userShape } from '../../common/shapes.js';
import { ARN, PATH, USER_NAME } from '../../common/rules.js';
import { checkTagKeys } from '../../common/tagging.js';
import { requireBoundaryPolicy } from '../../common/user-managed-policies.js';

export const MAX_USERS_PER_ACCOUNT = 5000;

export const createUser = defineOperation({
  name: 'CreateUser',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      path: reader.optionalString('Path', PATH) ?? '/',
      permissionsBoundary: reader.optionalString('PermissionsBoundary', ARN),
      tags: reader.optionalTags() ?? [],
    };
    reader.done();
    checkTagKeys(input.tags);
    return input;
  },
  access(input, ctx) {
    const arn = iamArn(ctx.caller.accountId, 'user', input.path, input.userName);
    const context = {
      ...requestTagContext(input.tags),
      ...(input.permissionsBoundary ? { 'iam:PermissionsBoundary': input.permissionsBoundary } : {}),
    };
    const checks: AccessCheck[] = [{ action: 'iam:CreateUser', resource: arn, context }];
    if (input.tags.length > 0) checks.push({ action: 'iam:TagUser', resource: arn, context });
    return checks;
  },
  async run(input, ctx) {
    const account = ctx.caller.accountId;
    const key = input.userName.toLowerCase();
    if (await ctx.tx.get('users', account, key)) {
      throw entityAlreadyExists(`User with name ${input.userName} already exists.`);
    }
    if (input.permissionsBoundary) await requireBoundaryPolicy(ctx, input.permissionsBoundary);
    if ((await ctx.tx.list('users', account)).length >= MAX_USERS_PER_ACCOUNT) {
      throw limitExceeded(`Cannot exceed quota for UsersPerAccount: ${MAX_USERS_PER_ACCOUNT}`);
    }
    const user = {
      accountId: account,
      name: input.userName,
      id: uniqueId('AIDA'),
      path: input.path,
      arn: iamArn(account, 'user', input.path, input.userName),
      createDate: ctx.now.toISOString(),
      tags: input.tags,
      ...(input.permissionsBoundary ? { permissionsBoundaryArn: input.permissionsBoundary } : {}),
      groups: [],
      attachedPolicies: [],
      inlinePolicies: [],
    };
    await ctx.tx.put('users', account, key, user);
    return { User: userShape(user) };
  },
});
