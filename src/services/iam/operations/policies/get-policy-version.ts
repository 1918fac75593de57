/**
 * GetPolicyVersion: one version of a managed policy with its document, URL-encoded (RFC 3986). Every
 * version in an AWS managed policy's history can be read.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { VERSION_ID } from '../../common/policy-input.js';
import { requireManagedPolicyView, requireVersion } from '../../common/policy-lookup.js';
import { policyVersionShape } from '../../common/policy-shape.js';
import { ARN } from '../../common/rules.js';

export const getPolicyVersion = defineOperation({
  name: 'GetPolicyVersion',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      policyArn: reader.string('PolicyArn', ARN),
      versionId: reader.string('VersionId', VERSION_ID),
    };
    reader.done();
    parsePolicyArn(input.policyArn);
    return input;
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:GetPolicyVersion', input.policyArn, { read: true })];
  },
  async run(input, ctx) {
    const view = await requireManagedPolicyView(ctx.tx, ctx.awsManaged, input.policyArn);
    const version = requireVersion(view, input.versionId);
    return { PolicyVersion: policyVersionShape(version, view.defaultVersionId, true) };
  },
});
