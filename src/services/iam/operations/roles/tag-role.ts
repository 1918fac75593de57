/**
 * TagRole: adds tags to a role, replacing the value of a key it already has (keys compare
 * case-insensitively); at most 50 tags per role, `aws:` keys reserved.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { requiredTags } from '../../common/role-input.js';
import { ROLE_NAME } from '../../common/rules.js';
import { requestTagContext } from '../../common/shapes.js';
import { mergeTags } from '../../common/tagging.js';

export const tagRole = defineOperation({
  name: 'TagRole',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME), tags: requiredTags(reader) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:TagRole', input.roleName, { context: requestTagContext(input.tags) })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    await saveRole(ctx, { ...role, tags: mergeTags(role.tags, input.tags) });
    return undefined;
  },
});
