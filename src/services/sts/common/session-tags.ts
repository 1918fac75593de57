/**
 * Session tags: the Tags and TransitiveTagKeys of a request, and what a role chain passes on. Tag keys are
 * case-insensitive; a transitive key must be one of the requested tags; a chained session inherits the
 * calling session's transitive tags (still transitive) and may not pass a tag with an inherited key.
 * Messages: AWS responses recorded by LocalStack's AWS-validated snapshots (`test_assume_role_tag_validation`,
 * `test_iam_role_chaining_override_transitive_tags`, 2025).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { SessionRecord, Tag } from '../../../store/records.js';
import { invalidParameterValue } from './errors.js';

export interface SessionTags {
  readonly tags: readonly Tag[];
  readonly transitiveTagKeys: readonly string[];
}

export const NO_SESSION_TAGS: SessionTags = { tags: [], transitiveTagKeys: [] };

const lower = (key: string) => key.toLowerCase();

/** Checks the requested tags on their own: no duplicate keys, every transitive key among them. */
export function checkRequestedTags(tags: readonly Tag[], transitiveTagKeys: readonly string[]): void {
  const keys = new Set<string>();
  for (const tag of tags) {
    if (keys.has(lower(tag.Key))) {
      throw invalidParameterValue(
        'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
      );
    }
    keys.add(lower(tag.Key));
  }
  if (transitiveTagKeys.some((key) => !keys.has(lower(key)))) {
    throw invalidParameterValue('The specified transitive tag key must be included in the requested tags.');
  }
}

/** The transitive tags a role session passes to the sessions it creates. */
export function inheritedTags(parent: SessionRecord | undefined): SessionTags {
  if (!parent || parent.kind !== 'assumed-role' || parent.transitiveTagKeys.length === 0) {
    return NO_SESSION_TAGS;
  }
  const keys = new Set(parent.transitiveTagKeys.map(lower));
  return {
    tags: parent.tags.filter((tag) => keys.has(lower(tag.Key))),
    transitiveTagKeys: parent.transitiveTagKeys,
  };
}

/** The new session's tags: the inherited transitive ones, then the requested ones. */
export function chainTags(inherited: SessionTags, requested: SessionTags): SessionTags {
  const inheritedKeys = new Set(inherited.tags.map((tag) => lower(tag.Key)));
  if (requested.tags.some((tag) => inheritedKeys.has(lower(tag.Key)))) {
    throw invalidParameterValue(
      "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
    );
  }
  return {
    tags: [...inherited.tags, ...requested.tags],
    transitiveTagKeys: [...inherited.transitiveTagKeys, ...requested.transitiveTagKeys],
  };
}

/** aws:RequestTag/*, aws:TagKeys and sts:TransitiveTagKeys for the requested tags. */
export function tagRequestContext(requested: SessionTags): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  if (requested.tags.length > 0) {
    context['aws:TagKeys'] = requested.tags.map((tag) => tag.Key);
    for (const tag of requested.tags) context[`aws:RequestTag/${tag.Key}`] = tag.Value;
  }
  if (requested.transitiveTagKeys.length > 0) {
    context['sts:TransitiveTagKeys'] = [...requested.transitiveTagKeys];
  }
  return context;
}
