/**
 * Managed policies on users and groups (attached policies and permissions boundaries): the policy ARN
 * must be well formed (InvalidInput `ARN x is not valid.`), the policy must exist (NoSuchEntity `Policy x
 * does not exist or is not attachable.`, or `Scope ARN: x ...` for a boundary), and AWS service-role
 * policies (path /aws-service-role/) attach only to their service-linked role (PolicyNotAttachable).
 * ListAttached*Policies filters on the policy's path.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPermissionsBoundary.html
 */
import type { OperationContext, ResultStruct } from '../../common/operation.js';
import { noSuchEntity, policyNotAttachable, ServiceError } from '../../common/service-error.js';
import { policyNameOf } from '../../common/enforce/policy-documents.js';
import { requireManagedPolicy } from './attachments.js';
import { parsePolicyArn } from './policy-arn.js';

const SERVICE_ROLE_PREFIX = 'arn:aws:iam::aws:policy/aws-service-role/';

/** InvalidInput unless the ARN is a managed policy ARN. */
export function checkPolicyArn(arn: string): void {
  parsePolicyArn(arn);
}

/** The policy to attach to a user or group: it must exist and not be an AWS service-role policy. */
export async function requireAttachablePolicy(
  ctx: OperationContext,
  arn: string,
  entity: 'User' | 'Group',
): Promise<void> {
  checkPolicyArn(arn);
  await requireManagedPolicy(ctx.tx, ctx.awsManaged, arn);
  // AWS's wording for roles is "Cannot attach a Service Role Policy to a Customer Role."; the user and
  // group forms follow it.
  if (arn.startsWith(SERVICE_ROLE_PREFIX)) {
    throw policyNotAttachable(`Cannot attach a Service Role Policy to a ${entity}.`);
  }
}

/** The policy to set as a permissions boundary (CreateUser, PutUserPermissionsBoundary). */
export async function requireBoundaryPolicy(ctx: OperationContext, arn: string): Promise<void> {
  checkPolicyArn(arn);
  try {
    await requireManagedPolicy(ctx.tx, ctx.awsManaged, arn);
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'NoSuchEntity') {
      throw noSuchEntity(`Scope ARN: ${arn} does not exist or is not attachable.`);
    }
    throw error;
  }
  if (arn.startsWith(SERVICE_ROLE_PREFIX)) {
    throw policyNotAttachable('Cannot attach a Service Role Policy as a permissions boundary.');
  }
}

/** The path part of a managed policy ARN (`arn:aws:iam::aws:policy/service-role/X` -> `/service-role/`). */
export function policyPathOf(arn: string): string {
  const resource = arn.slice(arn.indexOf(':policy/') + ':policy'.length);
  return resource.slice(0, resource.lastIndexOf('/') + 1);
}

/** The attached policy ARNs whose policy path begins with the prefix (all of them without a prefix). */
export function attachedPolicies(arns: readonly string[], pathPrefix: string | undefined): string[] {
  return pathPrefix ? arns.filter((arn) => policyPathOf(arn).startsWith(pathPrefix)) : [...arns];
}

export const attachedPolicyShape = (arn: string): ResultStruct => ({
  PolicyName: policyNameOf(arn),
  PolicyArn: arn,
});
