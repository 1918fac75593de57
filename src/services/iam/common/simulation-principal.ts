/**
 * The principal a SimulatePrincipalPolicy / GetContextKeysForPrincipalPolicy call names (PolicySourceArn:
 * a user, group or role of the caller's account) and its policies, loaded the way the enforcement point
 * loads a caller's: a user's inline and attached policies plus its groups', a role's, and the permissions
 * boundary; a group's own policies. Each policy is also registered with its SourcePolicyId (the inline or
 * managed policy's name) for the answer.
 * Errors AWS returns: InvalidInput `Invalid Entity Arn: X does not clearly define entity type and name.`,
 * `Invalid Policy Source Arn: caller's account A does not have access to policies in account B`;
 * NoSuchEntity `The role with name X cannot be found.` (and likewise for users and groups).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 */
import type { PolicyInput, PolicySetInput } from '../../../policy/authorize/policy-set.js';
import type { PrincipalInfo } from '../../../policy/authorize/types.js';
import type { InlinePolicy } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import type { Caller } from '../../common/caller.js';
import { callerPolicies } from '../../common/enforce/caller-policies.js';
import { managedPolicyDocument, policyNameOf, toPolicyInput } from '../../common/enforce/policy-documents.js';
import { invalidInput, noSuchEntity } from '../../common/service-error.js';
import type { AwsManagedPolicies } from '../aws-managed/catalog.js';
import { tagRecord } from './shapes.js';
import { SimulationSources } from './simulation-sources.js';

const ENTITY_ARN = /^arn:aws:iam::(\d{12}):(user|group|role)(\/(?:[\u0021-\u007E]*\/)?)?([\w+=,.@-]+)$/;

/** Throws InvalidInput (AWS's message) unless the ARN names a user, group or role. */
export function checkEntityArn(arn: string): { readonly account: string } {
  const match = ENTITY_ARN.exec(arn);
  if (!match) throw invalidInput(`Invalid Entity Arn: ${arn} does not clearly define entity type and name.`);
  return { account: match[1]! };
}

/** Throws InvalidInput (AWS's message) when the entity belongs to another account than the caller's. */
export function checkSameAccount(arn: string, callerAccount: string): void {
  const { account } = checkEntityArn(arn);
  if (account !== callerAccount) {
    throw invalidInput(
      `Invalid Policy Source Arn: caller's account ${callerAccount} does not have access to policies in account ${account}`,
    );
  }
}

export interface PolicySource {
  readonly kind: 'user' | 'group' | 'role';
  readonly arn: string;
  /** Who the engine sees when no CallerArn is given: the user, or the group's or role's ARN. */
  readonly principal: PrincipalInfo;
  readonly policies: PolicySetInput;
  readonly sources: SimulationSources;
}

interface Holder {
  readonly arn: string;
  readonly inlinePolicies: readonly InlinePolicy[];
  readonly attachedPolicies: readonly string[];
}

/** Registers a holder's policies under the ids callerPolicies gives them (`ARN#name` and managed ARNs). */
async function register(tx: StoreTx, aws: AwsManagedPolicies, sources: SimulationSources, holder: Holder) {
  for (const inline of holder.inlinePolicies) {
    sources.add(`${holder.arn}#${inline.name}`, inline.name, 'IAM Policy', inline.document);
  }
  for (const arn of holder.attachedPolicies) await registerManaged(tx, aws, sources, arn);
}

async function registerManaged(
  tx: StoreTx,
  aws: AwsManagedPolicies,
  sources: SimulationSources,
  arn: string,
) {
  const document = await managedPolicyDocument(tx, aws, arn);
  if (document !== undefined) sources.add(arn, policyNameOf(arn), 'IAM Policy', document);
}

/** A group's own policies, as identity policies (groups are not callers, so callerPolicies does not do them). */
async function groupPolicies(tx: StoreTx, aws: AwsManagedPolicies, holder: Holder): Promise<PolicyInput[]> {
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

export async function resolvePolicySource(
  tx: StoreTx,
  aws: AwsManagedPolicies,
  arn: string,
  callerAccount: string,
): Promise<PolicySource> {
  checkSameAccount(arn, callerAccount);
  const [, account = '', kind = 'user', , name = ''] = ENTITY_ARN.exec(arn)!;
  const notFound = () => noSuchEntity(`The ${kind} with name ${name} cannot be found.`);
  const sources = new SimulationSources();
  const key = name.toLowerCase();
  const base = { accountId: account, accessKeyId: 'simulation' } as const;
  if (kind === 'user') {
    const user = await tx.get('users', account, key);
    if (!user || user.arn !== arn) throw notFound();
    const principal: PrincipalInfo = { arn: user.arn, uniqueId: user.id, tags: tagRecord(user.tags) };
    const caller: Caller = {
      ...base,
      kind: 'user',
      arn: user.arn,
      userId: user.id,
      userName: user.name,
      principal,
    };
    await register(tx, aws, sources, user);
    for (const groupName of user.groups) {
      const group = await tx.get('groups', account, groupName.toLowerCase());
      if (group) await register(tx, aws, sources, group);
    }
    if (user.permissionsBoundaryArn) await registerManaged(tx, aws, sources, user.permissionsBoundaryArn);
    return { kind, arn, principal, policies: await callerPolicies(tx, aws, caller), sources };
  }
  if (kind === 'role') {
    const role = await tx.get('roles', account, key);
    if (!role || role.arn !== arn) throw notFound();
    const principal: PrincipalInfo = { arn: role.arn, uniqueId: role.id, tags: tagRecord(role.tags) };
    const caller: Caller = {
      ...base,
      kind: 'role-session',
      arn: role.arn,
      userId: role.id,
      roleName: role.name,
      principal,
    };
    await register(tx, aws, sources, role);
    if (role.permissionsBoundaryArn) await registerManaged(tx, aws, sources, role.permissionsBoundaryArn);
    return { kind, arn, principal, policies: await callerPolicies(tx, aws, caller), sources };
  }
  const group = await tx.get('groups', account, key);
  if (!group || group.arn !== arn) throw notFound();
  await register(tx, aws, sources, group);
  return {
    kind: 'group',
    arn,
    principal: { arn: group.arn },
    policies: { identity: await groupPolicies(tx, aws, group) },
    sources,
  };
}
