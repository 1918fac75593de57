/**
 * The two questions most checks ask about a role, answered by the engine, with their fixes: does its trust
 * policy let the expected caller assume it (fix: add the documented statement to the trust policy), and
 * does it have the permissions of a policy (fix: attach the AWS managed policy, or put the seed document).
 */
import type { PrincipalInfo } from '../../policy/authorize/types.js';
import type { ContextValue } from '../../policy/condition/types.js';
import type { CompiledPolicy } from '../../policy/evaluate/compiled-policy.js';
import { describeGap } from '../engine/permissions.js';
import type { RequirementSet } from '../engine/requirements.js';
import type { FixAction } from '../fixes/actions.js';
import { attachPolicy, putPolicy, updateTrust } from '../fixes/builders.js';
import type { IamRole, JsonValue } from '../snapshot/types.js';
import type { AccountView } from '../world.js';
import type { CheckContext } from './context.js';

export interface Caller {
  readonly info: PrincipalInfo;
  readonly context?: Readonly<Record<string, ContextValue>>;
  /** The caller's own identity policies (for callers from another account). */
  readonly identity?: readonly CompiledPolicy[];
}

/** A service principal calling with the given context. */
export const service = (name: string, context?: Readonly<Record<string, ContextValue>>): Caller => ({
  info: { arn: name },
  ...(context ? { context } : {}),
});

/**
 * Passes when any of the callers may sts:AssumeRole the role; otherwise records a finding whose fix adds
 * `addition` to the trust policy.
 */
export function checkTrust(
  ctx: CheckContext,
  id: string,
  account: AccountView,
  role: IamRole,
  callers: readonly Caller[],
  addition: JsonValue,
  expected: string,
): boolean {
  if (callers.some((c) => ctx.perms.trusts(role, c.info, c.context, c.identity))) {
    ctx.findings.pass();
    return true;
  }
  const fix = updateTrust(role.name, role.trust, addition);
  ctx.findings.fail(
    id,
    account.id,
    role.arn,
    `The trust policy of role ${role.name} does not let ${expected} assume it (sts:AssumeRole).`,
    {
      account: account.id,
      actions: [fix],
      policy: fix.kind === 'update-assume-role-policy' ? fix.trust : addition,
    },
  );
  return false;
}

export interface PermissionFix {
  /** The AWS managed policy to attach, or an inline policy to put. */
  readonly managedArn?: string;
  readonly inline?: { readonly name: string; readonly document: JsonValue };
}

/** Passes when the role has every permission of the set; otherwise a finding with the fix. */
export function checkPermissions(
  ctx: CheckContext,
  id: string,
  account: AccountView,
  role: IamRole,
  set: RequirementSet,
  remedy: PermissionFix,
  extra = '',
): boolean {
  const principal = { kind: 'role' as const, entity: role };
  const gap = ctx.perms.gap(account, principal, set);
  if (gap.missing.length === 0) {
    ctx.findings.pass();
    return true;
  }
  const actions: FixAction[] = [];
  if (remedy.managedArn) actions.push(attachPolicy(principal, remedy.managedArn));
  if (remedy.inline) actions.push(putPolicy(principal, remedy.inline.name, remedy.inline.document));
  const blocked = gap.missing.some(
    (m) => m.decision.decision === 'ExplicitDeny' || m.decision.blockedBy === 'boundary',
  );
  ctx.findings.fail(id, account.id, role.arn, `Role ${role.name} ${describeGap(gap)}.${extra}`, {
    account: account.id,
    actions,
    policy: remedy.inline?.document ?? set.document,
    ...(blocked
      ? {
          note: 'An explicit Deny or the permissions boundary blocks some of them: adding a grant is not enough.',
        }
      : {}),
  });
  return false;
}
