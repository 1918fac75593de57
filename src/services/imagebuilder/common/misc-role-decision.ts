/**
 * Decisions on requests that Image Builder makes synchronously, while it answers the caller, as another
 * principal than the caller (ctx.check only authorizes as the caller): a request of a role session (the
 * execution role reading the ISO of ImportDiskImage) or of a service principal (imagebuilder.amazonaws.com
 * assuming the execution role of DistributeImage, where only the role's trust policy can grant it). The
 * policies are loaded and evaluated exactly as the enforcement point does (callerPolicies, the engine's
 * authorize); the decision is not written to the decision log, which only the enforcement point writes.
 * A refusal is AccessDeniedException (HTTP 403), the error DistributeImage and ImportDiskImage model.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributeImage.html#API_DistributeImage_Errors
 */
import type { Decision } from '../../../policy/authorize/types.js';
import type { RoleRecord } from '../../../store/records.js';
import type { Caller } from '../../common/caller.js';
import { denialMessage } from '../../common/enforce/denial-message.js';
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import { accessDenied } from '../../common/service-error.js';
import { IMAGE_BUILDER_SESSION, roleSessionCaller, serviceCaller } from '../builds/principals.js';
import { IMAGE_BUILDER_SERVICE_PRINCIPAL } from './service-linked-role-ensure.js';

/** The engine's decision on `check` made by `caller` (the check's trust or resource policy included), logged. */
export function decideAs(ctx: OperationContext, caller: Caller, check: AccessCheck): Promise<Decision> {
  return ctx.decideAs(caller, check);
}

/** AccessDeniedException unless the role's session (Image Builder's session name) may make the request. */
export async function requireAsRole(
  ctx: OperationContext,
  role: RoleRecord,
  check: AccessCheck,
  what: string,
): Promise<void> {
  const caller = roleSessionCaller(role, IMAGE_BUILDER_SESSION);
  const decision = await decideAs(ctx, caller, check);
  if (decision.decision === 'Allow') return;
  throw accessDenied(`${what}: ${denialMessage(caller.arn, check.action, check.resource, decision)}.`);
}

/**
 * AccessDeniedException unless imagebuilder.amazonaws.com may assume the role for the caller's account
 * and `sourceArn` (aws:SourceAccount and aws:SourceArn, as the builds' PENDING step asks).
 */
export async function requireServiceMayAssume(
  ctx: OperationContext,
  role: RoleRecord,
  sourceArn: string,
): Promise<void> {
  const account = ctx.caller.accountId;
  const caller = serviceCaller(IMAGE_BUILDER_SERVICE_PRINCIPAL, account);
  const check: AccessCheck = {
    action: 'sts:AssumeRole',
    resource: role.arn,
    resourceAccount: account,
    context: { 'aws:SourceAccount': account, 'aws:SourceArn': sourceArn },
    resourcePolicy: { kind: 'trust', id: role.arn, document: role.assumeRolePolicyDocument },
  };
  const decision = await decideAs(ctx, caller, check);
  if (decision.decision === 'Allow') return;
  throw accessDenied(
    `Image Builder cannot assume the execution role ${role.arn}: ${denialMessage(IMAGE_BUILDER_SERVICE_PRINCIPAL, check.action, role.arn, decision)}. The role's trust policy must allow ${IMAGE_BUILDER_SERVICE_PRINCIPAL} to perform sts:AssumeRole.`,
  );
}
