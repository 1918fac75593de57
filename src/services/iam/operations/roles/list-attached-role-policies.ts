/**
 * ListAttachedRolePolicies: the managed policies attached to a role (name and ARN), optionally only those
 * whose path starts with PathPrefix, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { policyNameOf } from '../../../common/enforce/policy-documents.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { requireRole, roleCheck } from '../../common/role-access.js';
import { policyPathOf } from '../../common/role-attachments.js';
import { PATH_PREFIX, ROLE_NAME } from '../../common/rules.js';

export const listAttachedRolePolicies = defineOperation({
  name: 'ListAttachedRolePolicies',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      pathPrefix: reader.optionalString('PathPrefix', PATH_PREFIX) ?? '/',
      page: readPageRequest(reader),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:ListAttachedRolePolicies', input.roleName)];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    const matching = role.attachedPolicies.filter((arn) => policyPathOf(arn).startsWith(input.pathPrefix));
    return paginate(matching, input.page, 'AttachedPolicies', (arn) => ({
      PolicyName: policyNameOf(arn),
      PolicyArn: arn,
    }));
  },
});
