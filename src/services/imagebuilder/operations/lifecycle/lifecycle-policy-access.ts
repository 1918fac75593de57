/**
 * The requests Create and UpdateLifecyclePolicy make: the action on the policy's ARN with
 * imagebuilder:LifecyclePolicyResourceType (the request's resourceType), the request's tags
 * (aws:RequestTag/*, aws:TagKeys, and imagebuilder:TagResource on the new policy) or the stored
 * policy's tags (aws:ResourceTag/*).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html
 */
import type { AccessCheck } from '../../../common/operation.js';
import { requestTagContext, resourceTagsOf } from '../../common/image-tag-context.js';

export function lifecyclePolicyChecks(
  action: string,
  arn: string,
  resourceType: string,
  tags: {
    readonly requestTags?: Readonly<Record<string, string>>;
    readonly resourceTags?: Readonly<Record<string, string>>;
  },
): AccessCheck[] {
  const tagContext = requestTagContext(tags.requestTags);
  const checks: AccessCheck[] = [
    {
      action,
      resource: arn,
      context: { ...tagContext, 'imagebuilder:LifecyclePolicyResourceType': resourceType },
      ...resourceTagsOf(tags.resourceTags),
    },
  ];
  if (Object.keys(tagContext).length > 0) {
    checks.push({ action: 'imagebuilder:TagResource', resource: arn, context: tagContext });
  }
  return checks;
}
