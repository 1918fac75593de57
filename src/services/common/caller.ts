/**
 * The authenticated caller of a request: who signed it (account root, IAM user, role session, federated
 * user), with what key, and the facts the policy engine needs about it.
 */
import type { PrincipalInfo } from '../../policy/authorize/types.js';
import type { SessionRecord } from '../../store/records.js';

export type CallerKind = 'root' | 'user' | 'role-session' | 'federated-user';

export interface Caller {
  readonly accountId: string;
  readonly kind: CallerKind;
  /** The ARN AWS reports for the caller (assumed-role ARN for role sessions). */
  readonly arn: string;
  /** aws:userid: the user's id, `ROLEID:session`, `ACCOUNT:name` or the account id for root. */
  readonly userId: string;
  readonly accessKeyId: string;
  readonly userName?: string;
  readonly roleName?: string;
  /** Temporary credentials: the STS session behind the key. */
  readonly session?: SessionRecord;
  /** What the policy engine sees. */
  readonly principal: PrincipalInfo;
}
