/**
 * DeleteUserPolicy: removes an inline policy from a user (NoSuchEntity when it has none of that name).
 * Authorized with iam:PermissionsBoundary = the user's boundary, if it has one.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteInlinePolicy } from '../../common/inline-policies.js';
import { POLICY_NAME, USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';

export const deleteUserPolicy = defineOperation({
  name: 'DeleteUserPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await userCheck(ctx, 'iam:DeleteUserPolicy', input.userName, { boundaryKey: true }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    const inlinePolicies = deleteInlinePolicy(user.inlinePolicies, input.policyName, {
      kind: 'user',
      name: user.name,
    });
    await saveUser(ctx, { ...user, inlinePolicies });
    return undefined;
  },
});
