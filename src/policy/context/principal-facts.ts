/**
 * What the engine derives from a caller's ARN: its kind, account, name and, for role sessions, the role.
 * The kinds and the values of aws:PrincipalType / aws:userid / aws:username follow the IAM User Guide.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principaltype
 */
import type { PrincipalInfo } from '../authorize/types.js';
import { parseArn } from '../match/arn.js';

export type PrincipalKind =
  'root' | 'user' | 'role-session' | 'federated-user' | 'service' | 'anonymous' | 'other';

export interface PrincipalFacts {
  readonly info: PrincipalInfo;
  readonly kind: PrincipalKind;
  readonly arn: string;
  /** The account id ('' for service principals and anonymous callers). */
  readonly account: string;
  readonly partition: string;
  /** The user, role or federated user name (without path); the session name for role sessions is separate. */
  readonly name?: string;
  readonly sessionName?: string;
  /** The role's ARN for a role session: from `info.roleArn`, else rebuilt without a path. */
  readonly roleArn?: string;
  /** aws:PrincipalArn: the role ARN for role sessions, the caller ARN otherwise. */
  readonly principalArn: string;
  /** aws:PrincipalType */
  readonly principalType?: string;
}

const cache = new WeakMap<PrincipalInfo, PrincipalFacts>();

/** Derives (once per PrincipalInfo object) the facts the evaluation needs about the caller. */
export function principalFacts(info: PrincipalInfo): PrincipalFacts {
  let facts = cache.get(info);
  if (!facts) {
    facts = derive(info);
    cache.set(info, facts);
  }
  return facts;
}

function derive(info: PrincipalInfo): PrincipalFacts {
  const arn = info.arn;
  if (arn === '*' || arn === 'anonymous') {
    return {
      info,
      kind: 'anonymous',
      arn,
      account: '',
      partition: 'aws',
      principalArn: arn,
      principalType: 'Anonymous',
    };
  }
  const parsed = parseArn(arn);
  if (!parsed) {
    // A service principal such as imagebuilder.amazonaws.com.
    return { info, kind: 'service', arn, account: '', partition: 'aws', principalArn: arn };
  }
  const base = { info, arn, account: parsed.account, partition: parsed.partition };
  const resource = parsed.resource;
  if (parsed.service === 'iam' && resource === 'root') {
    return { ...base, kind: 'root', principalArn: arn, principalType: 'Account' };
  }
  if (parsed.service === 'iam' && resource.startsWith('user/')) {
    const name = resource.slice(resource.lastIndexOf('/') + 1);
    return { ...base, kind: 'user', name, principalArn: arn, principalType: 'User' };
  }
  if (parsed.service === 'sts' && resource.startsWith('assumed-role/')) {
    const [, role = '', ...session] = resource.split('/');
    const roleArn = info.roleArn ?? `arn:${parsed.partition}:iam::${parsed.account}:role/${role}`;
    return {
      ...base,
      kind: 'role-session',
      name: role,
      sessionName: session.join('/'),
      roleArn,
      principalArn: roleArn,
      principalType: 'AssumedRole',
    };
  }
  if (parsed.service === 'sts' && resource.startsWith('federated-user/')) {
    const name = resource.slice('federated-user/'.length);
    return { ...base, kind: 'federated-user', name, principalArn: arn, principalType: 'FederatedUser' };
  }
  return { ...base, kind: 'other', principalArn: arn };
}
