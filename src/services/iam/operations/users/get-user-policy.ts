/**
 * GetUserPolicy: one inline policy of a user, its document URL-encoded as IAM returns it.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUserPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { encodeDocument, getInlinePolicy } from '../../common/inline-policies.js';
import { POLICY_NAME, USER_NAME } from '../../common/rules.js';
import { requireUser, userCheck } from '../../common/user-access.js';

export const getUserPolicy = defineOperation({
  name: 'GetUserPolicy',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await userCheck(ctx, 'iam:GetUserPolicy', input.userName)],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    const policy = getInlinePolicy(user.inlinePolicies, input.policyName, { kind: 'user', name: user.name });
    return { UserName: user.name, PolicyName: policy.name, PolicyDocument: encodeDocument(policy.document) };
  },
});
