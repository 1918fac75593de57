/**
 * Building fixes: grant a principal an inline policy or a managed one, create a role with its trust and
 * policies, or add a statement to an existing role's trust policy (keeping what it already allows).
 * Inline policy names follow IAM's rules ([\w+=,.@-], at most 128 characters).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html
 */
import type { JsonValue } from '../snapshot/types.js';
import type { Principal } from '../world.js';
import type { FixAction } from './actions.js';

/** An inline policy name from a prefix and a resource name, within IAM's rules. */
export function policyName(prefix: string, name: string): string {
  return `${prefix}-${name}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 128);
}

export function putPolicy(principal: Principal, name: string, document: JsonValue): FixAction {
  const e = principal.entity;
  if (principal.kind === 'user')
    return { kind: 'put-user-policy', userName: e.name, policyName: name, document };
  if (principal.kind === 'group')
    return { kind: 'put-group-policy', groupName: e.name, policyName: name, document };
  return { kind: 'put-role-policy', roleName: e.name, policyName: name, document };
}

export function attachPolicy(principal: Principal, policyArn: string): FixAction {
  const e = principal.entity;
  if (principal.kind === 'user') return { kind: 'attach-user-policy', userName: e.name, policyArn };
  if (principal.kind === 'group') return { kind: 'attach-group-policy', groupName: e.name, policyArn };
  return { kind: 'attach-role-policy', roleName: e.name, policyArn };
}

export interface RoleSpec {
  readonly roleName: string;
  readonly trust: JsonValue;
  readonly managed?: readonly string[];
  readonly inline?: readonly { readonly name: string; readonly document: JsonValue }[];
  readonly description?: string;
}

/** The actions that create a role with its trust policy, managed and inline policies. */
export function createRole(spec: RoleSpec): FixAction[] {
  return [
    {
      kind: 'create-role',
      roleName: spec.roleName,
      trust: spec.trust,
      ...(spec.description ? { description: spec.description } : {}),
    },
    ...(spec.managed ?? []).map((policyArn): FixAction => ({
      kind: 'attach-role-policy',
      roleName: spec.roleName,
      policyArn,
    })),
    ...(spec.inline ?? []).map((p): FixAction => ({
      kind: 'put-role-policy',
      roleName: spec.roleName,
      policyName: p.name,
      document: p.document,
    })),
  ];
}

function statements(document: JsonValue): JsonValue[] {
  if (typeof document !== 'object' || document === null) return [];
  const s = (document as Record<string, unknown>)['Statement'];
  if (Array.isArray(s)) return s as JsonValue[];
  return s === undefined ? [] : [s];
}

/** The existing trust policy with the statements of `addition` appended. */
export function mergeTrust(existing: JsonValue, addition: JsonValue): JsonValue {
  const version =
    typeof existing === 'object' && existing !== null
      ? ((existing as Record<string, unknown>)['Version'] ?? '2012-10-17')
      : '2012-10-17';
  return { Version: version, Statement: [...statements(existing), ...statements(addition)] };
}

export function updateTrust(roleName: string, existing: JsonValue, addition: JsonValue): FixAction {
  return { kind: 'update-assume-role-policy', roleName, trust: mergeTrust(existing, addition) };
}
