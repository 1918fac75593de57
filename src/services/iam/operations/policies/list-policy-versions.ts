/**
 * ListPolicyVersions: the versions of a managed policy, newest first, without their documents.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyVersions.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { requireManagedPolicyView } from '../../common/policy-lookup.js';
import { policyVersionShape } from '../../common/policy-shape.js';
import { ARN } from '../../common/rules.js';

export const listPolicyVersions = defineOperation({
  name: 'ListPolicyVersions',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const policyArn = reader.string('PolicyArn', ARN);
    const page = readPageRequest(reader);
    reader.done();
    parsePolicyArn(policyArn);
    return { policyArn, page };
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:ListPolicyVersions', input.policyArn, { read: true })];
  },
  async run(input, ctx) {
    const view = await requireManagedPolicyView(ctx.tx, ctx.awsManaged, input.policyArn);
    return paginate(view.versions(), input.page, 'Versions', (version) =>
      policyVersionShape(version, view.defaultVersionId, false),
    );
  },
});
