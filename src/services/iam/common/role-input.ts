/**
 * Parameter rules and readers shared by the role, instance profile and service-linked role operations:
 * MaxSessionDuration (3,600-43,200 seconds), required Tags and TagKeys lists (reported as null when
 * absent, like any required member), and the AWS service name and custom suffix of service-linked roles.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagRole.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html
 */
import type { InputReader, StringRule } from '../../common/input.js';
import type { Tag } from '../../../store/records.js';
import { NAME_PATTERN } from './rules.js';

export const MAX_SESSION_DURATION = { min: 3600, max: 43200 } as const;
export const DEFAULT_MAX_SESSION_DURATION = 3600;

export const TAG_KEY: StringRule = { min: 1, max: 128, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u };
export const AWS_SERVICE_NAME: StringRule = { min: 1, max: 128, pattern: NAME_PATTERN };
export const CUSTOM_SUFFIX: StringRule = { min: 1, max: 64, pattern: NAME_PATTERN };
export const DELETION_TASK_ID: StringRule = { min: 1, max: 1000 };

/** A required `Tags.member.N` list. */
export function requiredTags(reader: InputReader): Tag[] {
  const tags = reader.optionalTags();
  if (tags !== undefined) return tags;
  reader.string('Tags'); // records "Member must not be null"
  return [];
}

/** A required `TagKeys.member.N` list (at most 50 keys). */
export function requiredTagKeys(reader: InputReader): string[] {
  const keys = reader.optionalStringList('TagKeys', TAG_KEY, 50);
  if (keys !== undefined) return keys;
  reader.string('TagKeys'); // records "Member must not be null"
  return [];
}
