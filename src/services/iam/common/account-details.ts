/**
 * The detail structures of GetAccountAuthorizationDetails, members in the API model's order: UserDetail
 * (Path, UserName, UserId, Arn, CreateDate, UserPolicyList, GroupList, AttachedManagedPolicies,
 * PermissionsBoundary, Tags), GroupDetail (..., GroupPolicyList, AttachedManagedPolicies), RoleDetail
 * (..., AssumeRolePolicyDocument, InstanceProfileList, RolePolicyList, AttachedManagedPolicies,
 * PermissionsBoundary, Tags, RoleLastUsed) and ManagedPolicyDetail (the Policy members without Tags, then
 * PolicyVersionList). Policy documents are URL-encoded, as on every IAM answer.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UserDetail.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_RoleDetail.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ManagedPolicyDetail.html
 */
import type {
  GroupRecord,
  InlinePolicy,
  InstanceProfileRecord,
  RoleRecord,
  UserRecord,
} from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import type { ResultStruct } from '../../common/operation.js';
import { encodeDocument } from './inline-policies.js';
import { instanceProfileShape } from './instance-profile-shape.js';
import { policyNameOf } from '../../common/enforce/policy-documents.js';
import type { ManagedPolicyView } from './policy-lookup.js';
import { policyVersionShape } from './policy-shape.js';
import type { PolicyCounts } from './policy-usage.js';
import { roleLastUsedShape } from './role-shape.js';
import { boundaryShape, tagsShape } from './shapes.js';

const inlineList = (policies: readonly InlinePolicy[]) =>
  policies.map((p) => ({ PolicyName: p.name, PolicyDocument: encodeDocument(p.document) }));

const attachedList = (arns: readonly string[]) =>
  arns.map((arn) => ({ PolicyName: policyNameOf(arn), PolicyArn: arn }));

export function userDetailShape(user: UserRecord): ResultStruct {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: new Date(user.createDate),
    UserPolicyList: inlineList(user.inlinePolicies),
    GroupList: [...user.groups],
    AttachedManagedPolicies: attachedList(user.attachedPolicies),
    PermissionsBoundary: boundaryShape(user.permissionsBoundaryArn),
    Tags: tagsShape(user.tags),
  };
}

export function groupDetailShape(group: GroupRecord): ResultStruct {
  return {
    Path: group.path,
    GroupName: group.name,
    GroupId: group.id,
    Arn: group.arn,
    CreateDate: new Date(group.createDate),
    GroupPolicyList: inlineList(group.inlinePolicies),
    AttachedManagedPolicies: attachedList(group.attachedPolicies),
  };
}

export async function roleDetailShape(
  tx: StoreTx,
  role: RoleRecord,
  profiles: readonly InstanceProfileRecord[],
): Promise<ResultStruct> {
  const name = role.name.toLowerCase();
  const own = profiles.filter((p) => p.roleNames.some((r) => r.toLowerCase() === name));
  const instanceProfiles: ResultStruct[] = [];
  for (const profile of own) instanceProfiles.push(await instanceProfileShape(tx, profile));
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: new Date(role.createDate),
    AssumeRolePolicyDocument: encodeDocument(role.assumeRolePolicyDocument),
    InstanceProfileList: instanceProfiles,
    RolePolicyList: inlineList(role.inlinePolicies),
    AttachedManagedPolicies: attachedList(role.attachedPolicies),
    PermissionsBoundary: boundaryShape(role.permissionsBoundaryArn),
    Tags: tagsShape(role.tags),
    RoleLastUsed: roleLastUsedShape(role),
  };
}

/**
 * A managed policy with its versions: every version of a customer managed policy; for an AWS managed
 * policy, its default version only (the one that applies in the account).
 */
export function managedPolicyDetailShape(view: ManagedPolicyView, counts: PolicyCounts): ResultStruct {
  const versions = view.versions().filter((v) => !view.awsManaged || v.versionId === view.defaultVersionId);
  return {
    PolicyName: view.name,
    PolicyId: view.id,
    Arn: view.arn,
    Path: view.path,
    DefaultVersionId: view.defaultVersionId,
    AttachmentCount: counts.attachments,
    PermissionsBoundaryUsageCount: counts.boundaries,
    IsAttachable: true,
    Description: view.description,
    CreateDate: new Date(view.createDate),
    UpdateDate: new Date(view.updateDate),
    PolicyVersionList: versions.map((v) => policyVersionShape(v, view.defaultVersionId, true)),
  };
}
