/**
 * AttachUserPolicy: attaches a managed policy (customer managed, or AWS managed) to a user; attaching it
 * again changes nothing; at most 10 per user (LimitExceeded `Cannot exceed quota for PoliciesPerUser:
 * 10`). Authorized with iam:PolicyARN and the user's iam:PermissionsBoundary.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { attachPolicy } from '../../common/attachments.js';
import { ARN, USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';
import { requireAttachablePolicy } from '../../common/user-managed-policies.js';

export const attachUserPolicy = defineOperation({
  name: 'AttachUserPolicy',
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
    await userCheck(ctx, 'iam:AttachUserPolicy', input.userName, {
      context: { 'iam:PolicyARN': input.policyArn },
      boundaryKey: true,
    }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    await requireAttachablePolicy(ctx, input.policyArn, 'User');
    const attachedPolicies = attachPolicy(user.attachedPolicies, input.policyArn, 'PoliciesPerUser');
    await saveUser(ctx, { ...user, attachedPolicies });
    return undefined;
  },
});
