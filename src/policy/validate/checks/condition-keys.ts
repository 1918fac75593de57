/**
 * Condition keys against the catalogue: a key without a `prefix:name` shape (INVALID_CONDITION_KEY_FORMAT),
 * an unknown `aws:` key (INVALID_GLOBAL_CONDITION_KEY), a tag key without its tag name
 * (MISSING_TAG_KEY_IN_CONDITION), the deprecated `aws:ARN` (DEPRECATED_GLOBAL_CONDITION_KEY), an unknown
 * key of a known service (INVALID_SERVICE_CONDITION_KEY) and an unknown prefix (INVALID_SERVICE). Keys of
 * identity providers (`token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`) are claims the
 * provider defines, so an unknown one is not reported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-global-condition-key
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-service-condition-key
 * Global keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import type { ConditionEntry } from '../../document/ast.js';
import type { CheckContext } from '../check-context.js';

/** Global keys that need a tag name after a slash. */
const TAG_KEY_BASES: ReadonlyMap<string, string> = new Map(
  ['aws:RequestTag', 'aws:ResourceTag', 'aws:PrincipalTag'].map((k) => [k.toLowerCase(), k]),
);

function checkKey(ctx: CheckContext, { key, path }: ConditionEntry): void {
  const lower = key.toLowerCase();
  const colon = lower.indexOf(':');
  if (colon <= 0 || colon === lower.length - 1) {
    ctx.report.add(
      'INVALID_CONDITION_KEY_FORMAT',
      'The condition key format is not valid. Use the format service:keyname.',
      path,
    );
    return;
  }
  if (lower === 'aws:arn') {
    const message =
      'We recommend that you update aws:ARN to use the newer condition keys aws:PrincipalArn or aws:SourceArn.';
    ctx.report.add('DEPRECATED_GLOBAL_CONDITION_KEY', message, path);
    return;
  }
  const { catalog } = ctx;
  if (catalog.conditionKey(key) !== undefined) return;
  const prefix = lower.slice(0, colon);
  const tagBase = TAG_KEY_BASES.get(lower.endsWith('/') ? lower.slice(0, -1) : lower);
  if (tagBase !== undefined) {
    const message = `The condition key ${key} must include a tag key to control access based on tags. Use the format ${tagBase}/tag-key and specify a key name for tag-key.`;
    ctx.report.add('MISSING_TAG_KEY_IN_CONDITION', message, path);
  } else if (prefix === 'aws') {
    ctx.report.add(
      'INVALID_GLOBAL_CONDITION_KEY',
      `The condition key ${key} does not exist. Use a valid condition key.`,
      path,
    );
  } else if (catalog.isConditionKeyPrefix(prefix)) {
    if (prefix.includes('.')) return; // an identity provider's claim
    const message = `The condition key ${key} does not exist in the service ${prefix}. Use a valid condition key.`;
    ctx.report.add('INVALID_SERVICE_CONDITION_KEY', message, path);
  } else if (!prefix.includes('.') && !prefix.includes('/')) {
    ctx.report.add(
      'INVALID_SERVICE',
      `The service ${prefix} does not exist. Use a valid service name.`,
      path,
    );
  }
}

export function checkConditionKeys(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    for (const entry of statement.conditions) checkKey(ctx, entry);
  }
}
