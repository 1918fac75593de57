/**
 * AssumeRole: temporary credentials for a role of this or another account of the store. The role's trust
 * policy must allow sts:AssumeRole (and sts:TagSession when the session gets tags, sts:SetSourceIdentity
 * when it gets a source identity); across accounts, or when the trust policy names only the account, the
 * caller's identity policies must allow too. The engine decides; a role that does not exist is denied
 * like any other (AWS answers AccessDenied, not NoSuchEntity). The root user cannot assume roles.
 * The session's permissions are the role's policies, within its boundary and the session policies.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { RoleRecord } from '../../../store/records.js';
import { defineOperation, type AccessCheck } from '../../common/operation.js';
import { accessDenied } from '../../common/service-error.js';
import { tagRecord } from '../../iam/common/shapes.js';
import { readAssumeRoleInput, type AssumeRoleInput } from '../common/assume-role-input.js';
import { authorizeSts, stsAccessDenied } from '../common/authorize.js';
import { credentialsShape, newSession, saveSession } from '../common/credentials.js';
import { checkPackedSize } from '../common/packed-size.js';
import { chainedSourceIdentity, roleSessionDuration } from '../common/role-chain.js';
import { roleAtArn } from '../common/role-arn.js';
import { requirePolicyArns, sessionPolicyFields } from '../common/session-policies.js';
import { chainTags, inheritedTags, tagRequestContext, type SessionTags } from '../common/session-tags.js';

/** The checks on the role: AssumeRole, then TagSession and SetSourceIdentity when they apply. */
function roleChecks(
  role: RoleRecord,
  input: AssumeRoleInput,
  tags: SessionTags,
  sourceIdentity: string | undefined,
): AccessCheck[] {
  const requested: SessionTags = { tags: input.tags, transitiveTagKeys: input.transitiveTagKeys };
  const context: Record<string, ContextValue> = {
    'sts:RoleSessionName': input.roleSessionName,
    ...(input.externalId !== undefined ? { 'sts:ExternalId': input.externalId } : {}),
    ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
    ...tagRequestContext(requested),
  };
  const base = {
    resource: role.arn,
    resourceAccount: role.accountId,
    resourceTags: tagRecord(role.tags),
    resourcePolicy: { kind: 'trust' as const, id: role.arn, document: role.assumeRolePolicyDocument },
    context,
  };
  const checks: AccessCheck[] = [{ action: 'sts:AssumeRole', ...base }];
  if (tags.tags.length > 0) checks.push({ action: 'sts:TagSession', ...base });
  if (sourceIdentity !== undefined) checks.push({ action: 'sts:SetSourceIdentity', ...base });
  return checks;
}

export const assumeRole = defineOperation({
  name: 'AssumeRole',
  write: true,
  input: readAssumeRoleInput,
  // Authorized in run, once the role (and its trust policy) is known, with STS's AccessDenied wording.
  access: () => [],
  async run(input, ctx) {
    const caller = ctx.caller;
    // AWS CLI transcripts: kubeflow/testing#961, cloudposse/terraform-aws-vpc-peering-multi-account#106.
    if (caller.kind === 'root') throw accessDenied('Roles may not be assumed by root accounts.');
    // Federated users' credentials cannot call STS operations other than GetCallerIdentity.
    if (caller.kind === 'federated-user') throw stsAccessDenied(ctx, 'sts:AssumeRole', input.roleArn);
    const parent = caller.session;
    const tags = chainTags(inheritedTags(parent), {
      tags: input.tags,
      transitiveTagKeys: input.transitiveTagKeys,
    });
    const sourceIdentity = chainedSourceIdentity(parent, input.sourceIdentity);

    const role = await roleAtArn(ctx.tx, input.roleArn);
    if (!role) throw stsAccessDenied(ctx, 'sts:AssumeRole', input.roleArn);
    for (const check of roleChecks(role, input, tags, sourceIdentity)) await authorizeSts(ctx, check);

    const chained = parent !== undefined;
    const duration = roleSessionDuration(input.durationSeconds, role, chained);
    await requirePolicyArns(ctx.tx, ctx.awsManaged, input.policyArns, role.accountId);
    const packed = checkPackedSize({ ...input, tags: tags.tags });

    const session = newSession(
      {
        accountId: role.accountId,
        kind: 'assumed-role',
        arn: `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/${input.roleSessionName}`,
        roleName: role.name,
        sessionName: input.roleSessionName,
        ...sessionPolicyFields(input),
        tags: tags.tags,
        transitiveTagKeys: tags.transitiveTagKeys,
        ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
        chained,
      },
      ctx.now,
      duration,
    );
    await saveSession(ctx.tx, session);
    await ctx.tx.put('roles', role.accountId, role.name.toLowerCase(), {
      ...role,
      lastUsed: { date: ctx.now.toISOString(), region: ctx.region },
    });
    const passed = input.policy !== undefined || input.policyArns.length > 0 || tags.tags.length > 0;
    return {
      Credentials: credentialsShape(session),
      AssumedRoleUser: { AssumedRoleId: `${role.id}:${input.roleSessionName}`, Arn: session.arn },
      PackedPolicySize: passed ? packed : undefined,
      SourceIdentity: sourceIdentity,
    };
  },
});
