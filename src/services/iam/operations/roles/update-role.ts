/**
 * UpdateRole: changes the description and/or the maximum session duration (3,600-43,200 seconds) of a
 * role; the result is empty. Service-linked roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import type { RoleRecord } from '../../../../store/records.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { MAX_SESSION_DURATION } from '../../common/role-input.js';
import { DESCRIPTION, ROLE_NAME } from '../../common/rules.js';

export const updateRole = defineOperation({
  name: 'UpdateRole',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      description: reader.optionalString('Description', DESCRIPTION),
      maxSessionDuration: reader.optionalInteger('MaxSessionDuration', MAX_SESSION_DURATION),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:UpdateRole', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    const updated: RoleRecord = {
      ...role,
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.maxSessionDuration !== undefined ? { maxSessionDuration: input.maxSessionDuration } : {}),
    };
    await saveRole(ctx, updated);
    return {};
  },
});
