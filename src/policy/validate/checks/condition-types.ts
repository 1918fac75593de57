/**
 * TYPE_MISMATCH: the operator's family does not fit the condition key's type, e.g. NumericEquals on the
 * String key aws:username or StringEquals on the Bool key aws:SecureTransport. String and ARN operators
 * are interchangeable (many String keys hold ARNs, such as kms:EncryptionContext:aws:logs:arn, which AWS's
 * own policies compare with ArnLike); aws:EpochTime takes Date and Numeric operators; Null fits every key.
 * Keys the catalogue does not know are left alone.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-type-mismatch
 * Key types: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * aws:EpochTime (Date, Numeric): https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-epochtime
 */
import { parseOperatorName } from '../../condition/operator-name.js';
import { findOperator } from '../../condition/operators.js';
import type { ConditionEntry } from '../../document/ast.js';
import type { CheckContext } from '../check-context.js';

/** Per key type (without `ArrayOf`): the operator families that fit and how AA names the right one. */
const FITS: Readonly<Record<string, { readonly families: readonly string[]; readonly name: string }>> = {
  String: { families: ['String', 'ARN'], name: 'String' },
  ARN: { families: ['ARN', 'String'], name: 'Arn' },
  Bool: { families: ['Boolean'], name: 'Bool' },
  Numeric: { families: ['Numeric'], name: 'Numeric' },
  Date: { families: ['Date'], name: 'Date' },
  IPAddress: { families: ['IP address'], name: 'IpAddress' },
};

function fitFor(
  lowerKey: string,
  type: string,
): { readonly families: readonly string[]; readonly name: string } | undefined {
  if (lowerKey === 'aws:epochtime') return { families: ['Date', 'Numeric'], name: 'Date or Numeric' };
  return FITS[type.replace(/^ArrayOf/, '')];
}

function checkEntry(ctx: CheckContext, entry: ConditionEntry): void {
  const spec = findOperator(parseOperatorName(entry.operator).base);
  if (spec === undefined || spec.family === 'Null' || spec.family === 'Binary') return;
  const key = ctx.catalog.conditionKey(entry.key);
  const fit = key && fitFor(entry.key.toLowerCase(), key.type);
  if (fit === undefined || fit.families.includes(spec.family)) return;
  const message = `Use the operator type ${fit.name} instead of operator ${entry.operator} for the condition key ${entry.key}.`;
  ctx.report.add('TYPE_MISMATCH', message, entry.path);
}

export function checkConditionTypes(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    for (const entry of statement.conditions) checkEntry(ctx, entry);
  }
}
