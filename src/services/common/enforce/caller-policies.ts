/**
 * Loads the policies that apply to a caller from the store: the user's (with its groups') or the role's
 * inline and managed policies, the permissions boundary, and a session's session policies.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types
 */
import type { PolicyInput, PolicySetInput } from '../../../policy/authorize/policy-set.js';
import type { StoreTx } from '../../../store/store.js';
import type { InlinePolicy, SessionRecord } from '../../../store/records.js';
import type { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';
import type { Caller } from '../caller.js';
import { managedPolicyDocument, toPolicyInput } from './policy-documents.js';

interface PolicyHolder {
  readonly arn: string;
  readonly inlinePolicies: readonly InlinePolicy[];
  readonly attachedPolicies: readonly string[];
}

async function holderPolicies(
  tx: StoreTx,
  aws: AwsManagedPolicies,
  holder: PolicyHolder,
): Promise<PolicyInput[]> {
  const out: PolicyInput[] = [];
  for (const inline of holder.inlinePolicies) {
    const input = toPolicyInput(`${holder.arn}#${inline.name}`, inline.document, 'identity');
    if (input) out.push(input);
  }
  for (const arn of holder.attachedPolicies) {
    const document = await managedPolicyDocument(tx, aws, arn);
    const input = document ? toPolicyInput(arn, document, 'identity') : undefined;
    if (input) out.push(input);
  }
  return out;
}

async function boundary(tx: StoreTx, aws: AwsManagedPolicies, arn: string | undefined) {
  if (!arn) return undefined;
  const document = await managedPolicyDocument(tx, aws, arn);
  // A boundary whose policy is gone allows nothing.
  return (document && toPolicyInput(arn, document, 'boundary')) || { id: arn, document: { statements: [] } };
}

/** The session policies (inline and managed) a session was created with, or undefined when it has none. */
async function sessionPolicies(tx: StoreTx, aws: AwsManagedPolicies, session: SessionRecord | undefined) {
  const inline = session?.sessionPolicies ?? [];
  const arns = session?.sessionPolicyArns ?? [];
  if (inline.length + arns.length === 0) return undefined;
  const out: PolicyInput[] = [];
  for (const policy of inline) {
    const input = toPolicyInput(`session#${policy.name}`, policy.document, 'session');
    if (input) out.push(input);
  }
  for (const arn of arns) {
    const document = await managedPolicyDocument(tx, aws, arn);
    const input = document ? toPolicyInput(arn, document, 'session') : undefined;
    if (input) out.push(input);
  }
  return out;
}

export async function callerPolicies(
  tx: StoreTx,
  aws: AwsManagedPolicies,
  caller: Caller,
): Promise<PolicySetInput> {
  if (caller.kind === 'root') return {};
  const account = caller.accountId;
  if (caller.kind === 'role-session') {
    const role = await tx.get('roles', account, (caller.roleName ?? '').toLowerCase());
    if (!role) return { identity: [] };
    const session = await sessionPolicies(tx, aws, caller.session);
    const roleBoundary = await boundary(tx, aws, role.permissionsBoundaryArn);
    return {
      identity: await holderPolicies(tx, aws, role),
      ...(roleBoundary ? { boundary: roleBoundary } : {}),
      ...(session ? { session } : {}),
    };
  }
  const user = await tx.get('users', account, (caller.userName ?? '').toLowerCase());
  if (!user) return { identity: [] };
  const identity = await holderPolicies(tx, aws, user);
  for (const groupName of user.groups) {
    const group = await tx.get('groups', account, groupName.toLowerCase());
    if (group) identity.push(...(await holderPolicies(tx, aws, group)));
  }
  const userBoundary = await boundary(tx, aws, user.permissionsBoundaryArn);
  const set: PolicySetInput = { identity, ...(userBoundary ? { boundary: userBoundary } : {}) };
  if (caller.kind === 'federated-user') {
    // A federated user's permissions are the user's, intersected with the session policies (none: nothing).
    return { ...set, session: (await sessionPolicies(tx, aws, caller.session)) ?? [] };
  }
  return set;
}
