/**
 * PutUserPolicy: adds or replaces an inline policy of a user. The document must be a valid identity
 * policy (MalformedPolicyDocument), and all of the user's inline policies together may hold at most
 * 2,048 characters without whitespace (LimitExceeded). Authorized with iam:PermissionsBoundary = the
 * user's boundary, if it has one.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { putInlinePolicy } from '../../common/inline-policies.js';
import { QUOTAS } from '../../common/policy-document.js';
import { POLICY_DOCUMENT, POLICY_NAME, USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';

export const putUserPolicy = defineOperation({
  name: 'PutUserPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
      policyDocument: reader.string('PolicyDocument', POLICY_DOCUMENT),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await userCheck(ctx, 'iam:PutUserPolicy', input.userName, { boundaryKey: true }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    const inlinePolicies = putInlinePolicy(user.inlinePolicies, input.policyName, input.policyDocument, {
      kind: 'user',
      name: user.name,
      quota: QUOTAS.userInline,
    });
    await saveUser(ctx, { ...user, inlinePolicies });
    return undefined;
  },
});
