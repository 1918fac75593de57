/**
 * Image Builder's service-linked role, AWSServiceRoleForImageBuilder: "When you create your first Image
 * Builder resource ... Image Builder creates the service-linked role for you" (and again if it was
 * deleted). The role is written in the caller's transaction exactly as IAM's CreateServiceLinkedRole
 * writes it (path /aws-service-role/imagebuilder.amazonaws.com/, trust for imagebuilder.amazonaws.com,
 * the AWS managed policy aws-service-role/AWSServiceRoleForImageBuilder attached). Creating it is the
 * caller's request iam:CreateServiceLinkedRole on the role's ARN with iam:AWSServiceName: a caller
 * without that permission gets AccessDeniedException naming iam:CreateServiceLinkedRole, and the whole
 * request is rolled back.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html#service-linked-role-permissions
 */
import type { RoleRecord } from '../../../store/records.js';
import { uniqueId } from '../../common/ids.js';
import type { OperationContext } from '../../common/operation.js';
import { iamArn } from '../../iam/common/arns.js';
import { findRole, saveRole, SERVICE_LINKED_ROLE_PATH_PREFIX } from '../../iam/common/role-access.js';
import { DEFAULT_MAX_SESSION_DURATION } from '../../iam/common/role-input.js';
import {
  serviceLinkedRoleService,
  serviceLinkedRoleTrustPolicy,
} from '../../iam/common/service-linked-role-services.js';

export const IMAGE_BUILDER_SERVICE_PRINCIPAL = 'imagebuilder.amazonaws.com';
export const IMAGE_BUILDER_SLR_NAME = 'AWSServiceRoleForImageBuilder';
export const IMAGE_BUILDER_SLR_PATH = `${SERVICE_LINKED_ROLE_PATH_PREFIX}${IMAGE_BUILDER_SERVICE_PRINCIPAL}/`;
export const IMAGE_BUILDER_SLR_POLICY =
  'arn:aws:iam::aws:policy/aws-service-role/AWSServiceRoleForImageBuilder';

/** The ARN of the account's Image Builder service-linked role. */
export const imageBuilderServiceLinkedRoleArn = (account: string): string =>
  iamArn(account, 'role', IMAGE_BUILDER_SLR_PATH, IMAGE_BUILDER_SLR_NAME);

/**
 * Returns the caller account's AWSServiceRoleForImageBuilder, creating it first (as the caller, who must
 * be allowed iam:CreateServiceLinkedRole) when the account has none.
 */
export async function ensureImageBuilderServiceLinkedRole(ctx: OperationContext): Promise<RoleRecord> {
  const existing = await findRole(ctx, IMAGE_BUILDER_SLR_NAME);
  if (existing) return existing;
  const account = ctx.caller.accountId;
  const arn = imageBuilderServiceLinkedRoleArn(account);
  await ctx.check({
    action: 'iam:CreateServiceLinkedRole',
    resource: arn,
    context: { 'iam:AWSServiceName': IMAGE_BUILDER_SERVICE_PRINCIPAL },
  });
  const policyArn =
    serviceLinkedRoleService(IMAGE_BUILDER_SERVICE_PRINCIPAL)?.policyArn ?? IMAGE_BUILDER_SLR_POLICY;
  const role: RoleRecord = {
    accountId: account,
    name: IMAGE_BUILDER_SLR_NAME,
    id: uniqueId('AROA'),
    path: IMAGE_BUILDER_SLR_PATH,
    arn,
    createDate: ctx.now.toISOString(),
    assumeRolePolicyDocument: serviceLinkedRoleTrustPolicy(IMAGE_BUILDER_SERVICE_PRINCIPAL),
    maxSessionDuration: DEFAULT_MAX_SESSION_DURATION,
    tags: [],
    attachedPolicies: ctx.awsManaged.get(policyArn) ? [policyArn] : [],
    inlinePolicies: [],
  };
  await saveRole(ctx, role);
  return role;
}
