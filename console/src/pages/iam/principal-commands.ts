/**
 * The policy operations users, groups and roles share (attached managed policies, inline policies), as
 * one interface over the three families of IAM calls, so a view section serves all three.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html
 */
import {
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  DeleteGroupPolicyCommand,
  DeleteRolePolicyCommand,
  DeleteUserPolicyCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  GetGroupPolicyCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  type AttachedPolicy,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { decodePolicyDocument } from '../../ui/basics.js';
import { allPages, page } from '../../ui/iam-pages.js';

export type PrincipalKind = 'user' | 'group' | 'role';

export interface PrincipalPolicies {
  listAttached(): Promise<AttachedPolicy[]>;
  attach(policyArn: string): Promise<unknown>;
  detach(policyArn: string): Promise<unknown>;
  listInline(): Promise<string[]>;
  /** The inline policy's document, decoded and indented. */
  getInline(policyName: string): Promise<string>;
  putInline(policyName: string, document: string): Promise<unknown>;
  deleteInline(policyName: string): Promise<unknown>;
}

export function principalPolicies(iam: IAMClient, kind: PrincipalKind, name: string): PrincipalPolicies {
  if (kind === 'user') {
    const UserName = name;
    return {
      listAttached: () =>
        allPages(async (Marker) => {
          const out = await iam.send(new ListAttachedUserPoliciesCommand({ UserName, Marker }));
          return page(out.AttachedPolicies, out.IsTruncated, out.Marker);
        }),
      attach: (PolicyArn) => iam.send(new AttachUserPolicyCommand({ UserName, PolicyArn })),
      detach: (PolicyArn) => iam.send(new DetachUserPolicyCommand({ UserName, PolicyArn })),
      listInline: () =>
        allPages(async (Marker) => {
          const out = await iam.send(new ListUserPoliciesCommand({ UserName, Marker }));
          return page(out.PolicyNames, out.IsTruncated, out.Marker);
        }),
      getInline: async (PolicyName) =>
        decodePolicyDocument(
          (await iam.send(new GetUserPolicyCommand({ UserName, PolicyName }))).PolicyDocument,
        ),
      putInline: (PolicyName, PolicyDocument) =>
        iam.send(new PutUserPolicyCommand({ UserName, PolicyName, PolicyDocument })),
      deleteInline: (PolicyName) => iam.send(new DeleteUserPolicyCommand({ UserName, PolicyName })),
    };
  }
  if (kind === 'group') {
    const GroupName = name;
    return {
      listAttached: () =>
        allPages(async (Marker) => {
          const out = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName, Marker }));
          return page(out.AttachedPolicies, out.IsTruncated, out.Marker);
        }),
      attach: (PolicyArn) => iam.send(new AttachGroupPolicyCommand({ GroupName, PolicyArn })),
      detach: (PolicyArn) => iam.send(new DetachGroupPolicyCommand({ GroupName, PolicyArn })),
      listInline: () =>
        allPages(async (Marker) => {
          const out = await iam.send(new ListGroupPoliciesCommand({ GroupName, Marker }));
          return page(out.PolicyNames, out.IsTruncated, out.Marker);
        }),
      getInline: async (PolicyName) =>
        decodePolicyDocument(
          (await iam.send(new GetGroupPolicyCommand({ GroupName, PolicyName }))).PolicyDocument,
        ),
      putInline: (PolicyName, PolicyDocument) =>
        iam.send(new PutGroupPolicyCommand({ GroupName, PolicyName, PolicyDocument })),
      deleteInline: (PolicyName) => iam.send(new DeleteGroupPolicyCommand({ GroupName, PolicyName })),
    };
  }
  const RoleName = name;
  return {
    listAttached: () =>
      allPages(async (Marker) => {
        const out = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName, Marker }));
        return page(out.AttachedPolicies, out.IsTruncated, out.Marker);
      }),
    attach: (PolicyArn) => iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn })),
    detach: (PolicyArn) => iam.send(new DetachRolePolicyCommand({ RoleName, PolicyArn })),
    listInline: () =>
      allPages(async (Marker) => {
        const out = await iam.send(new ListRolePoliciesCommand({ RoleName, Marker }));
        return page(out.PolicyNames, out.IsTruncated, out.Marker);
      }),
    getInline: async (PolicyName) =>
      decodePolicyDocument(
        (await iam.send(new GetRolePolicyCommand({ RoleName, PolicyName }))).PolicyDocument,
      ),
    putInline: (PolicyName, PolicyDocument) =>
      iam.send(new PutRolePolicyCommand({ RoleName, PolicyName, PolicyDocument })),
    deleteInline: (PolicyName) => iam.send(new DeleteRolePolicyCommand({ RoleName, PolicyName })),
  };
}
