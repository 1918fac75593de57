/**
 * Tags on IAM entities: merged case-insensitively by key (a new value replaces the old one, keeping the
 * original key's spelling... AWS keeps the spelling of the latest request), at most 50 per entity; keys
 * beginning with `aws:` are reserved.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules
 */
import type { Tag } from '../../../store/records.js';
import { invalidInput, limitExceeded } from '../../common/service-error.js';

export const MAX_TAGS = 50;

/** Rejects reserved tag keys (`aws:`). */
export function checkTagKeys(tags: readonly Tag[]): void {
  const reserved = tags.find((t) => t.Key.toLowerCase().startsWith('aws:'));
  if (reserved) throw invalidInput(`User-defined tags cannot start with aws: (${reserved.Key}).`);
  const seen = new Set<string>();
  for (const tag of tags) {
    const key = tag.Key.toLowerCase();
    if (seen.has(key))
      throw invalidInput(`Duplicate tag keys found. Tag keys are case insensitive: ${tag.Key}.`);
    seen.add(key);
  }
}

/** The entity's tags after adding `added` (replacing same keys, case-insensitively). */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  checkTagKeys(added);
  const result = existing.filter((t) => !added.some((a) => a.Key.toLowerCase() === t.Key.toLowerCase()));
  result.push(...added.map((t) => ({ Key: t.Key, Value: t.Value })));
  if (result.length > MAX_TAGS)
    throw limitExceeded(`The number of tags has reached the maximum limit of ${MAX_TAGS}.`);
  return result;
}

/** The entity's tags without the given keys (case-insensitive). */
export function removeTags(existing: readonly Tag[], keys: readonly string[]): Tag[] {
  const lower = new Set(keys.map((k) => k.toLowerCase()));
  return existing.filter((t) => !lower.has(t.Key.toLowerCase()));
}
