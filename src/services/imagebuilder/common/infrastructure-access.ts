/**
 * What an infrastructure configuration costs in authorization, at Create and UpdateInfrastructureConfiguration:
 * - the Image Builder condition keys of the request: imagebuilder:CreatedResourceTagKeys and
 *   imagebuilder:CreatedResourceTag/KEY (the `resourceTags`), imagebuilder:Ec2MetadataHttpTokens
 *   (instanceMetadataOptions.httpTokens) and imagebuilder:StatusTopicArn (snsTopicArn), each present only
 *   when the request specifies it;
 * - the instance profile: it must exist in the caller's account and hold a role, else
 *   InvalidParameterValueException; the caller must be allowed iam:PassRole on that role with
 *   iam:PassedToService ec2.amazonaws.com and iam:GetInstanceProfile on the profile;
 * - sns:Publish on the status topic and s3:ListBucket on the log bucket.
 * These are the permissions the Image Builder user guide lists for a user who works with resources whose
 * names lack "imagebuilder" (AWSImageBuilderFullAccess grants them only for such names): iam:PassRole on
 * the instance profile role (iam:PassedToService = ec2.amazonaws.com), iam:GetInstanceProfile, sns:Publish
 * on the topic and s3:ListBucket on the bucket. At build time the service-linked role publishes to the topic.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-identity-based-policies.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
import type { InstanceProfileRecord, RoleRecord } from '../../../store/records.js';
import type { OperationContext } from '../../common/operation.js';
import { tagRecord } from '../../iam/common/shapes.js';
import { invalidParameterValue } from './errors.js';
import type { InfrastructureSettings } from './infrastructure-input.js';
import { createdResourceTagContext, resourceTagsOf, type ConditionContext } from './image-tag-context.js';

export const EC2_SERVICE_PRINCIPAL = 'ec2.amazonaws.com';

/** The imagebuilder:* condition keys the settings put in the request context. */
export function infrastructureConditionKeys(settings: InfrastructureSettings): ConditionContext {
  return {
    ...createdResourceTagContext(settings.resourceTags),
    ...(settings.httpTokens !== undefined
      ? { 'imagebuilder:Ec2MetadataHttpTokens': settings.httpTokens }
      : {}),
    ...(settings.snsTopicArn !== undefined ? { 'imagebuilder:StatusTopicArn': settings.snsTopicArn } : {}),
  };
}

const profileProblem = (problem: string) =>
  invalidParameterValue(
    `The value supplied for parameter 'instanceProfileName' is not valid. ${problem} Please specify a different instance profile and try again.`,
  );

export interface ResolvedInstanceProfile {
  readonly profile: InstanceProfileRecord;
  readonly role: RoleRecord;
}

/** The instance profile and its role, or InvalidParameterValueException with AWS's message. */
export async function resolveInstanceProfile(
  ctx: OperationContext,
  name: string,
): Promise<ResolvedInstanceProfile> {
  const account = ctx.caller.accountId;
  const profile = await ctx.tx.get('instance-profiles', account, name.toLowerCase());
  if (!profile) throw profileProblem('The provided instance profile does not exist.');
  const roleName = profile.roleNames[0];
  const role =
    roleName !== undefined ? await ctx.tx.get('roles', account, roleName.toLowerCase()) : undefined;
  if (!role) throw profileProblem('The provided instance profile does not have a role associated with it.');
  return { profile, role };
}

/** Authorizes iam:PassRole (to EC2) of the profile's role and iam:GetInstanceProfile on the profile. */
export async function authorizeInstanceProfile(
  ctx: OperationContext,
  resolved: ResolvedInstanceProfile,
): Promise<void> {
  await ctx.check({
    action: 'iam:PassRole',
    resource: resolved.role.arn,
    context: { 'iam:PassedToService': EC2_SERVICE_PRINCIPAL },
    ...resourceTagsOf(tagRecord(resolved.role.tags)),
  });
  await ctx.check({
    action: 'iam:GetInstanceProfile',
    resource: resolved.profile.arn,
    ...resourceTagsOf(tagRecord(resolved.profile.tags)),
  });
}

/** The instance profile checks, then sns:Publish on the topic and s3:ListBucket on the log bucket. */
export async function authorizeInfrastructure(
  ctx: OperationContext,
  settings: InfrastructureSettings,
): Promise<ResolvedInstanceProfile> {
  const resolved = await resolveInstanceProfile(ctx, settings.instanceProfileName);
  await authorizeInstanceProfile(ctx, resolved);
  if (settings.snsTopicArn !== undefined) {
    await ctx.check({ action: 'sns:Publish', resource: settings.snsTopicArn });
  }
  if (settings.logBucket !== undefined) {
    await ctx.check({ action: 's3:ListBucket', resource: `arn:aws:s3:::${settings.logBucket}` });
  }
  return resolved;
}
