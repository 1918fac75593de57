/**
 * The shape of Resource and NotResource ARNs: the `arn:` prefix (INVALID_ARN_PREFIX), six components
 * (MISSING_ARN_FIELD; a pattern ending in `*` may stop early, its `*` spanning the rest), a lower-case
 * service (INVALID_ARN_SERVICE_CASE), no wildcard in the service (WILDCARD_IN_SERVICE_NAME) and a 12-digit
 * account ID (INVALID_ARN_ACCOUNT; `aws` names AWS-owned resources such as managed policies).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-prefix
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-account
 * ARN format: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
import { parseArn } from '../../match/arn.js';
import { elementValues, hasWildcard, type CheckContext, type ElementValue } from '../check-context.js';

const ACCOUNT_ID = /^\d{12}$/;

function checkArn(ctx: CheckContext, { value, path }: ElementValue): void {
  const { report, catalog } = ctx;
  if (value === '*') return;
  if (!value.startsWith('arn:')) {
    report.add('INVALID_ARN_PREFIX', 'Add the required prefix (arn) to the resource ARN.', path);
    return;
  }
  const arn = parseArn(value);
  if (arn === undefined) {
    if (!value.endsWith('*')) {
      const message =
        'Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource';
      report.add('MISSING_ARN_FIELD', message, path);
    }
    return;
  }
  if (hasWildcard(arn.service)) {
    const message =
      'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.';
    report.add('WILDCARD_IN_SERVICE_NAME', message, path);
  } else if (arn.service !== arn.service.toLowerCase() && catalog.serviceExists(arn.service)) {
    const message = `Update the service name ${arn.service} in the resource ARN to use all lowercase letters.`;
    report.add('INVALID_ARN_SERVICE_CASE', message, path);
  }
  const account = arn.account;
  if (
    account !== '' &&
    account !== 'aws' &&
    !hasWildcard(account) &&
    !account.includes('${') &&
    !ACCOUNT_ID.test(account)
  ) {
    report.add(
      'INVALID_ARN_ACCOUNT',
      `The resource ARN account ID ${account} is not valid. Provide a 12-digit account ID.`,
      path,
    );
  }
}

export function checkArnSyntax(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    for (const item of elementValues(statement, 'Resource')) checkArn(ctx, item);
    for (const item of elementValues(statement, 'NotResource')) checkArn(ctx, item);
  }
}
