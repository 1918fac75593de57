/**
 * PutUserPermissionsBoundary: sets (or replaces) the managed policy that bounds the user's permissions.
 * Authorized with iam:PermissionsBoundary = the boundary being set. The policy must exist
 * (NoSuchEntity `Scope ARN: ... does not exist or is not attachable.`).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPermissionsBoundary.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { ARN, USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';
import { requireBoundaryPolicy } from '../../common/user-managed-policies.js';

export const putUserPermissionsBoundary = defineOperation({
  name: 'PutUserPermissionsBoundary',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      permissionsBoundary: reader.string('PermissionsBoundary', ARN),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await userCheck(ctx, 'iam:PutUserPermissionsBoundary', input.userName, {
      context: { 'iam:PermissionsBoundary': input.permissionsBoundary },
    }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    await requireBoundaryPolicy(ctx, input.permissionsBoundary);
    await saveUser(ctx, { ...user, permissionsBoundaryArn: input.permissionsBoundary });
    return undefined;
  },
});
