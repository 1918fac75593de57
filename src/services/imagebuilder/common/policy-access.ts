/**
 * The IAM requests Image Builder operations make on resources: the action on the resource ARN, the
 * resource's tags as aws:ResourceTag/*, and — when the resource belongs to another account — its
 * resource-based policy, so that the engine grants cross-account access only when both the caller's
 * identity policies and the owner's resource policy allow it. Creating with tags sends aws:RequestTag/*
 * and aws:TagKeys, and also needs imagebuilder:TagResource on the new resource.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security_iam_service-with-iam.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { AccessCheck } from '../../common/operation.js';
import { parseImageBuilderArn } from './arns.js';
import type { StoredResource } from './resources.js';

/** ARNs whose owner is AWS (`aws`, `aws-marketplace`, ...) rather than an account: public resources. */
export function isAwsOwned(arn: string): boolean {
  const owner = parseImageBuilderArn(arn)?.account ?? arn.split(':')[4] ?? '';
  return !/^\d{12}$/.test(owner);
}

/** The request to perform `action` on `arn`, with what the stored resource (if any) contributes. */
export function resourceCheck(
  action: string,
  arn: string,
  stored: StoredResource<unknown> | undefined,
  callerAccount: string,
): AccessCheck {
  const owner = parseImageBuilderArn(arn)?.account;
  const crossAccount = owner !== undefined && owner !== callerAccount;
  return {
    action,
    resource: arn,
    // AWS-owned resources are public: only the caller's own policies decide.
    ...(isAwsOwned(arn) ? { resourceAccount: callerAccount } : {}),
    ...(stored ? { resourceTags: stored.tags } : {}),
    ...(crossAccount && stored?.policy
      ? { resourcePolicy: { kind: 'resource' as const, id: stored.arn, document: stored.policy } }
      : {}),
  };
}

/** aws:RequestTag/<key> for each tag and aws:TagKeys, for requests that carry tags. */
export function requestTagContext(
  tags: Readonly<Record<string, string>> | undefined,
): Record<string, ContextValue> {
  if (!tags || Object.keys(tags).length === 0) return {};
  const context: Record<string, ContextValue> = { 'aws:TagKeys': Object.keys(tags) };
  for (const [key, value] of Object.entries(tags)) context[`aws:RequestTag/${key}`] = value;
  return context;
}

/**
 * The requests a Create* makes: the action itself on the new resource with the request tags, and
 * imagebuilder:TagResource on it when tags are sent (the Service Authorization Reference lists
 * TagResource among the actions CreateComponent and the other Create* operations authorize).
 */
export function createChecks(
  action: string,
  arn: string,
  tags: Readonly<Record<string, string>> | undefined,
): AccessCheck[] {
  const context = requestTagContext(tags);
  const checks: AccessCheck[] = [{ action, resource: arn, context }];
  if (Object.keys(context).length > 0)
    checks.push({ action: 'imagebuilder:TagResource', resource: arn, context });
  return checks;
}
