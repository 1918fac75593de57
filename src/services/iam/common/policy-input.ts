/**
 * Input rules of the policy operations that the shared InputReader does not cover: enumerations (AWS's
 * `Member must satisfy enum value set: [...]`), policy version ids and tag key lists.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html (ValidationError)
 */
import type { StringRule } from '../../common/input.js';
import { validationError } from '../../common/service-error.js';

/** `v1`, `v2`, ... as the API model's policyVersionIdType allows. */
export const VERSION_ID: StringRule = { pattern: /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/ };

/** A tag key as UntagPolicy's TagKeys members: 1-128 characters of the tag character set. */
export const TAG_KEY: StringRule = { min: 1, max: 128, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u };

/** Throws ValidationError when a present enumeration member has a value outside its set. */
export function checkEnums(members: readonly [string, string | undefined, readonly string[]][]): void {
  const problems: string[] = [];
  for (const [name, value, allowed] of members) {
    if (value === undefined || allowed.includes(value)) continue;
    const member = name.charAt(0).toLowerCase() + name.slice(1);
    problems.push(
      `Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  }
  if (problems.length > 0) throw validationError(problems);
}
