/**
 * Principal matching for resource-based and trust policies. The answer says not only whether the caller
 * matched but how it was named, because that decides which implicit denies still apply
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html, "The
 * principal in a resource-based policy"): a user, a role session or a federated session named directly is
 * granted outright; a role ARN or the federating user is still limited by boundaries and session policies;
 * an account only delegates to the account's identity policies.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
import type { PrincipalBlock } from '../document/ast.js';
import type { PrincipalFacts } from '../context/principal-facts.js';

/** How a caller was named: ordered from weakest to strongest grant. */
export type PrincipalMatch = 'none' | 'account' | 'role' | 'federating-user' | 'direct';

const RANK: Record<PrincipalMatch, number> = {
  none: 0,
  account: 1,
  role: 2,
  'federating-user': 2,
  direct: 3,
};

export function strongerMatch(a: PrincipalMatch, b: PrincipalMatch): PrincipalMatch {
  return RANK[b] > RANK[a] ? b : a;
}

const ACCOUNT_ID = /^\d{12}$/;

/** The account id named by `123456789012` or `arn:PARTITION:iam::123456789012:root`, if that is the form. */
function namedAccount(value: string): string | undefined {
  if (ACCOUNT_ID.test(value)) return value;
  const match = /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(value);
  return match?.[1];
}

/** Strips a role path: `arn:aws:iam::1:role/a/b/R` -> `arn:aws:iam::1:role/R`. */
function withoutRolePath(roleArn: string): string {
  const index = roleArn.indexOf(':role/');
  if (index < 0) return roleArn;
  return roleArn.slice(0, index + 6) + roleArn.slice(roleArn.lastIndexOf('/') + 1);
}

/** How one `AWS` principal value names the caller. */
function matchAwsValue(value: string, facts: PrincipalFacts): PrincipalMatch {
  if (value === '*') return 'direct';
  if (facts.kind === 'service' || facts.kind === 'anonymous') return 'none';
  const account = namedAccount(value);
  if (account !== undefined) return account === facts.account ? 'account' : 'none';
  if (value === facts.arn) return 'direct';
  if (facts.kind === 'role-session' && facts.roleArn) {
    if (value === facts.roleArn || withoutRolePath(value) === withoutRolePath(facts.roleArn)) return 'role';
  }
  if (facts.kind === 'federated-user' && value === facts.info.federatingUserArn) return 'federating-user';
  return 'none';
}

export type PrincipalMatcher = (facts: PrincipalFacts) => PrincipalMatch;

/** Compiles a Principal element into the strongest way it names a caller. */
export function compilePrincipalMatcher(block: PrincipalBlock): PrincipalMatcher {
  if (block === '*') return () => 'direct';
  const aws = block.AWS ?? [];
  const others = new Set([
    ...(block.Service ?? []),
    ...(block.Federated ?? []),
    ...(block.CanonicalUser ?? []),
  ]);
  return (facts) => {
    let best: PrincipalMatch = 'none';
    for (const value of aws) best = strongerMatch(best, matchAwsValue(value, facts));
    if (best !== 'direct' && others.has(facts.arn)) best = 'direct';
    return best;
  };
}

/**
 * Compiles a NotPrincipal element: true when the statement applies to the caller.
 * With Deny, AWS checks each identity in the caller's chain (account, then role or user, then session), so
 * the caller is excepted only when its account is listed too; and a caller with a permissions boundary is
 * never excepted. With Allow, the statement applies to everyone the element does not name.
 */
export function compileNotPrincipalMatcher(
  block: PrincipalBlock,
  effect: 'Allow' | 'Deny',
): (facts: PrincipalFacts, hasBoundary: boolean) => boolean {
  if (block === '*') return () => false;
  const aws = block.AWS ?? [];
  const others = new Set([
    ...(block.Service ?? []),
    ...(block.Federated ?? []),
    ...(block.CanonicalUser ?? []),
  ]);
  return (facts, hasBoundary) => {
    if (others.has(facts.arn)) return false;
    if (aws.includes('*')) return false;
    const kinds = aws.map((value) => matchAwsValue(value, facts));
    if (effect === 'Allow') return kinds.every((kind) => kind === 'none');
    if (hasBoundary) return true;
    const accountListed = kinds.includes('account');
    switch (facts.kind) {
      case 'root':
        return !accountListed;
      case 'role-session':
        return !(accountListed && (kinds.includes('direct') || kinds.includes('role')));
      case 'user':
      case 'federated-user':
        return !(accountListed && kinds.includes('direct'));
      default:
        return !kinds.includes('direct');
    }
  };
}
