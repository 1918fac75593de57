/**
 * UntagRole: removes the tags with the given keys (case-insensitively) from a role; keys it does not
 * have are ignored.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagRole.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { requiredTagKeys } from '../../common/role-input.js';
import { ROLE_NAME } from '../../common/rules.js';
import { removeTags } from '../../common/tagging.js';

export const untagRole = defineOperation({
  name: 'UntagRole',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME), tagKeys: requiredTagKeys(reader) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [
      await roleCheck(ctx, 'iam:UntagRole', input.roleName, { context: { 'aws:TagKeys': input.tagKeys } }),
    ];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    await saveRole(ctx, { ...role, tags: removeTags(role.tags, input.tagKeys) });
    return undefined;
  },
});
