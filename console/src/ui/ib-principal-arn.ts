/**
 * From the principal a request was made by to the IAM identity the simulator can simulate: a user's or
 * role's ARN as it is; an assumed-role session ARN (`arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`)
 * names its role only by name — the role's path is not in it — so it resolves to the role's ARN only
 * through a lookup of the account's roles (role names are unique in an account, case-insensitively).
 * Root, federated users, service principals and anything else: no identity to simulate.
 * Pure: no DOM, so it can be unit-tested.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 */

export type PrincipalRef =
  | { readonly kind: 'iam'; readonly arn: string }
  | {
      readonly kind: 'role-session';
      readonly partition: string;
      readonly account: string;
      readonly roleName: string;
    }
  | { readonly kind: 'none' };

const IAM_ENTITY = /^arn:(aws[a-z-]*):iam::(\d{12}):(user|role)\/(.+)$/;
const ROLE_SESSION = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/[^/]+$/;

export function principalRef(arn: string): PrincipalRef {
  if (IAM_ENTITY.test(arn)) return { kind: 'iam', arn };
  const session = ROLE_SESSION.exec(arn);
  if (session) {
    const [, partition = 'aws', account = '', roleName = ''] = session;
    return { kind: 'role-session', partition, account, roleName };
  }
  return { kind: 'none' };
}

/**
 * The IAM ARN to simulate for a principal, when it is unambiguous: an IAM user or role ARN; a role
 * session of `account` whose role is in `roleArns` (lower-cased role name -> role ARN, from ListRoles).
 */
export function simulatableArn(
  principal: string,
  account: string,
  roleArns: ReadonlyMap<string, string>,
): string | undefined {
  const ref = principalRef(principal);
  if (ref.kind === 'iam') return ref.arn;
  if (ref.kind === 'role-session' && ref.account === account) {
    return roleArns.get(ref.roleName.toLowerCase());
  }
  return undefined;
}

/** Whether a principal is a role session whose role must be looked up (see simulatableArn). */
export function needsRoleLookup(principal: string, account: string): boolean {
  const ref = principalRef(principal);
  return ref.kind === 'role-session' && ref.account === account;
}
