/**
 * Renaming or moving a user (UpdateUser): the record moves to its new name and ARN and keeps its id,
 * tags, policies, boundary and group memberships; its access keys (and any STS sessions it obtained)
 * follow the new name, so its credentials keep working. A name taken by another user (names compare
 * case-insensitively) is EntityAlreadyExists.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html
 */
import type { UserRecord } from '../../../store/records.js';
import type { OperationContext } from '../../common/operation.js';
import { entityAlreadyExists } from '../../common/service-error.js';
import { iamArn } from './arns.js';

export async function moveUser(
  ctx: OperationContext,
  user: UserRecord,
  newName: string,
  newPath: string,
): Promise<UserRecord> {
  const { tx } = ctx;
  const account = user.accountId;
  const oldKey = user.name.toLowerCase();
  const newKey = newName.toLowerCase();
  if (newKey !== oldKey && (await tx.get('users', account, newKey))) {
    throw entityAlreadyExists(`User with name ${newName} already exists.`);
  }
  const moved: UserRecord = {
    ...user,
    name: newName,
    path: newPath,
    arn: iamArn(account, 'user', newPath, newName),
  };
  if (newKey !== oldKey) await tx.delete('users', account, oldKey);
  await tx.put('users', account, newKey, moved);
  if (newName === user.name) return moved;
  for (const key of await tx.list('access-keys', account)) {
    if (key.userName?.toLowerCase() === oldKey) {
      await tx.put('access-keys', account, key.accessKeyId, { ...key, userName: newName });
    }
  }
  for (const session of await tx.list('sessions', account)) {
    if (session.userName?.toLowerCase() === oldKey) {
      await tx.put('sessions', account, session.accessKeyId, { ...session, userName: newName });
    }
  }
  return moved;
}
