/**
 * Ends the sessions of a deleted role. AWS ties a role session to the role's unique id (its AssumedRoleId
 * is `AROA...:session`), so a role created later with the same name is another role whose permissions the
 * old sessions never get; ibiam keeps sessions by role name, so it removes them with the role (their keys
 * are then refused as unknown, like the temporary credentials of a deleted user).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */
import type { StoreTx } from '../../../store/store.js';

export async function endRoleSessions(tx: StoreTx, account: string, roleName: string): Promise<void> {
  const key = roleName.toLowerCase();
  for (const session of await tx.list('sessions', account)) {
    if (session.kind === 'assumed-role' && session.roleName?.toLowerCase() === key) {
      await tx.delete('sessions', account, session.accessKeyId);
    }
  }
}
