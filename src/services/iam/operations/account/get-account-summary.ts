/**
 * GetAccountSummary: IAM entity usage and quotas of the account, as a map with every key AWS documents
 * (in the order the API reference lists them). Counts come from the store; quotas are IAM's default
 * quotas, the values ibiam enforces or AWS applies by default.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation, ResultMap } from '../../../common/operation.js';
import { QUOTAS } from '../../common/policy-document.js';
import { MAX_ATTACHED_POLICIES } from '../../common/attachments.js';

/** IAM's default quotas (IAM and AWS STS quotas page). */
export const ACCOUNT_QUOTAS = {
  UsersQuota: 5000,
  GroupsQuota: 300,
  ServerCertificatesQuota: 20,
  GroupsPerUserQuota: 10,
  SigningCertificatesPerUserQuota: 2,
  AccessKeysPerUserQuota: 2,
  PoliciesQuota: 1500,
  PolicyVersionsInUseQuota: 10000,
  VersionsPerPolicyQuota: 5,
  InstanceProfilesQuota: 1000,
  RolesQuota: 1000,
} as const;

export const getAccountSummary = defineOperation({
  name: 'GetAccountSummary',
  write: false,
  input(params) {
    new InputReader(params).done();
    return {};
  },
  access: () => [{ action: 'iam:GetAccountSummary', resource: '*' }],
  async run(_input, ctx) {
    const account = ctx.caller.accountId;
    const tx = ctx.tx;
    const policies = await tx.list('policies', account);
    const rootKeys = (await tx.list('access-keys', account)).filter((k) => k.userName === undefined);
    const entries: [string, number][] = [
      ['Users', (await tx.list('users', account)).length],
      ['UsersQuota', ACCOUNT_QUOTAS.UsersQuota],
      ['Groups', (await tx.list('groups', account)).length],
      ['GroupsQuota', ACCOUNT_QUOTAS.GroupsQuota],
      ['ServerCertificates', 0],
      ['ServerCertificatesQuota', ACCOUNT_QUOTAS.ServerCertificatesQuota],
      ['UserPolicySizeQuota', QUOTAS.userInline],
      ['GroupPolicySizeQuota', QUOTAS.groupInline],
      ['GroupsPerUserQuota', ACCOUNT_QUOTAS.GroupsPerUserQuota],
      ['SigningCertificatesPerUserQuota', ACCOUNT_QUOTAS.SigningCertificatesPerUserQuota],
      ['AccessKeysPerUserQuota', ACCOUNT_QUOTAS.AccessKeysPerUserQuota],
      ['MFADevices', 0],
      ['MFADevicesInUse', 0],
      ['AccountMFAEnabled', 0],
      ['AccountAccessKeysPresent', rootKeys.length > 0 ? 1 : 0],
      ['AccountPasswordPresent', 0],
      ['AccountSigningCertificatesPresent', 0],
      ['AttachedPoliciesPerGroupQuota', MAX_ATTACHED_POLICIES],
      ['AttachedPoliciesPerRoleQuota', MAX_ATTACHED_POLICIES],
      ['AttachedPoliciesPerUserQuota', MAX_ATTACHED_POLICIES],
      ['Policies', policies.length],
      ['PoliciesQuota', ACCOUNT_QUOTAS.PoliciesQuota],
      ['PolicySizeQuota', QUOTAS.managedPolicy],
      // The versions of the account's customer managed policies.
      ['PolicyVersionsInUse', policies.reduce((sum, p) => sum + p.versions.length, 0)],
      ['PolicyVersionsInUseQuota', ACCOUNT_QUOTAS.PolicyVersionsInUseQuota],
      ['VersionsPerPolicyQuota', ACCOUNT_QUOTAS.VersionsPerPolicyQuota],
      ['GlobalEndpointTokenVersion', 1],
      ['AssumeRolePolicySizeQuota', QUOTAS.roleTrustPolicy],
      ['InstanceProfiles', (await tx.list('instance-profiles', account)).length],
      ['InstanceProfilesQuota', ACCOUNT_QUOTAS.InstanceProfilesQuota],
      ['Providers', 0],
      ['RolePolicySizeQuota', QUOTAS.roleInline],
      ['Roles', (await tx.list('roles', account)).length],
      ['RolesQuota', ACCOUNT_QUOTAS.RolesQuota],
    ];
    return { SummaryMap: new ResultMap(entries) };
  },
});
