/**
 * DeleteUserPermissionsBoundary: removes the user's permissions boundary (a user without one is left
 * as it is). Authorized with iam:PermissionsBoundary = the boundary being removed.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPermissionsBoundary.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import type { UserRecord } from '../../../../store/records.js';
import { USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';

export const deleteUserPermissionsBoundary = defineOperation({
  name: 'DeleteUserPermissionsBoundary',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.string('UserName', USER_NAME) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await userCheck(ctx, 'iam:DeleteUserPermissionsBoundary', input.userName, { boundaryKey: true }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    if (user.permissionsBoundaryArn === undefined) return undefined;
    const { permissionsBoundaryArn: _removed, ...rest } = user;
    const updated: UserRecord = rest;
    await saveUser(ctx, updated);
    return undefined;
  },
});
