/**
 * DetachUserPolicy: detaches a managed policy from a user (NoSuchEntity `Policy ARN was not found.` when
 * it is not attached). Authorized with iam:PolicyARN and the user's iam:PermissionsBoundary.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachUserPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { detachPolicy } from '../../common/attachments.js';
import { ARN, USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';
import { checkPolicyArn } from '../../common/user-managed-policies.js';

export const detachUserPolicy = defineOperation({
  name: 'DetachUserPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      policyArn: reader.string('PolicyArn', ARN),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await userCheck(ctx, 'iam:DetachUserPolicy', input.userName, {
      context: { 'iam:PolicyARN': input.policyArn },
      boundaryKey: true,
    }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    checkPolicyArn(input.policyArn);
    await saveUser(ctx, { ...user, attachedPolicies: detachPolicy(user.attachedPolicies, input.policyArn) });
    return undefined;
  },
});
