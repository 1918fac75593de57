/**
 * The authorization request of a policy operation: the action on the policy's ARN, with the policy's
 * tags as aws:ResourceTag/* when it is a customer managed policy that has tags.
 *
 * AWS managed policies live in the `aws` account. Every account may read them with its own identity
 * policies alone (AWS's guides grant iam:GetPolicy and iam:GetPolicyVersion on `arn:aws:iam::aws:policy/*`
 * in identity policies), so reads, and TagPolicy/UntagPolicy, which AWS authorizes before answering
 * InvalidInput, are evaluated as requests within the caller's account. Changes are not: "You cannot
 * change the permissions defined in AWS managed policies". They are evaluated as what they are,
 * cross-account requests on a resource of the `aws` account that no resource-based policy grants, so
 * AccessDenied follows from the evaluation logic, for the account root too.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import { parsePolicyArn } from './policy-arn.js';
import { findCustomerPolicy } from './policy-lookup.js';
import { tagRecord } from './shapes.js';

export interface PolicyAccessOptions {
  /** True for operations that only read the policy (or that IAM authorizes as such). */
  readonly read: boolean;
  readonly context?: Readonly<Record<string, ContextValue>>;
}

export async function policyAccess(
  ctx: OperationContext,
  action: string,
  arn: string,
  options: PolicyAccessOptions,
): Promise<AccessCheck> {
  const parts = parsePolicyArn(arn);
  const record = parts.awsManaged ? undefined : await findCustomerPolicy(ctx.tx, arn);
  return {
    action,
    resource: arn,
    ...(options.context ? { context: options.context } : {}),
    ...(record && record.tags.length > 0 ? { resourceTags: tagRecord(record.tags) } : {}),
    ...(parts.awsManaged && options.read ? { resourceAccount: ctx.caller.accountId } : {}),
  };
}
