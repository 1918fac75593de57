/**
 * Condition keys carried by tags in an Image Builder request: aws:RequestTag/KEY and aws:TagKeys for the
 * request's `tags`, and imagebuilder:CreatedResourceTag/KEY and imagebuilder:CreatedResourceTagKeys for
 * the `resourceTags` an infrastructure configuration puts on the EC2 resources Image Builder creates
 * (available only on Create/UpdateInfrastructureConfiguration).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html#amazonec2imagebuilder-policy-keys
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security_iam_service-with-iam.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';

export type ConditionContext = Record<string, ContextValue>;

export function requestTagContext(tags: Readonly<Record<string, string>> | undefined): ConditionContext {
  if (!tags || Object.keys(tags).length === 0) return {};
  const context: ConditionContext = { 'aws:TagKeys': Object.keys(tags) };
  for (const [key, value] of Object.entries(tags)) context[`aws:RequestTag/${key}`] = value;
  return context;
}

export function createdResourceTagContext(
  resourceTags: Readonly<Record<string, string>> | undefined,
): ConditionContext {
  if (!resourceTags || Object.keys(resourceTags).length === 0) return {};
  const context: ConditionContext = { 'imagebuilder:CreatedResourceTagKeys': Object.keys(resourceTags) };
  for (const [key, value] of Object.entries(resourceTags)) {
    context[`imagebuilder:CreatedResourceTag/${key}`] = value;
  }
  return context;
}

/** aws:ResourceTag/* of a stored resource, when it has tags. */
export const resourceTagsOf = (tags: Readonly<Record<string, string>> | undefined) =>
  tags && Object.keys(tags).length > 0 ? { resourceTags: tags } : {};
