/**
 * Authorizing STS requests with STS's own AccessDenied wording. STS answers
 * `User: <caller ARN> is not authorized to perform: <action> on resource: <ARN>` without naming the
 * policy type that denied, whether the role exists or not: AWS CLI transcripts for sts:AssumeRole
 * (aws/aws-cli#7216, 2022; aws-actions/configure-aws-credentials#1219, 2024), sts:TagSession
 * (aws-actions/configure-aws-credentials#465) and sts:SetSourceIdentity (noqdev/iambic#357). The decision
 * itself, with the layer that blocked it, is still in the decision log.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_roles.html
 */
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import { accessDenied, ServiceError } from '../../common/service-error.js';

export function stsDenialMessage(callerArn: string, action: string, resource: string): string {
  return `User: ${callerArn} is not authorized to perform: ${action} on resource: ${resource}`;
}

/** AccessDenied with STS's wording. */
export const stsAccessDenied = (ctx: OperationContext, action: string, resource: string) =>
  accessDenied(stsDenialMessage(ctx.caller.arn, action, resource));

/** Authorizes the request through the engine; a denial becomes STS's AccessDenied. */
export async function authorizeSts(ctx: OperationContext, check: AccessCheck): Promise<void> {
  try {
    await ctx.check(check);
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'AccessDenied') {
      throw stsAccessDenied(ctx, check.action, check.resource);
    }
    throw error;
  }
}
