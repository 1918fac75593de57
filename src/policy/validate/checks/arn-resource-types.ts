/**
 * Resource ARNs against the ARN formats of their service: a resource part that fits none of them
 * (INVALID_ARN_RESOURCE), and a Region or account where the fitting formats have none
 * (ARN_REGION_NOT_ALLOWED, ARN_ACCOUNT_NOT_ALLOWED) or no Region where they all have one
 * (MISSING_ARN_REGION). A missing account is not reported: AWS-owned resources (`arn:aws:ssm:*::document/
 * AWS-RunShellScript`) leave it empty where the formats have one. Formats are matched loosely so that only
 * ARNs that can never name a resource are reported; services the catalogue does not know are left alone.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-resource
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-arn-account-not-allowed
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-arn-region
 */
import { parseArn, type Arn } from '../../match/arn.js';
import { elementValues, hasWildcard, type CheckContext, type ElementValue } from '../check-context.js';

/** How the fitting formats treat a component: all leave it empty, all fill it, or they differ. */
function agreement(formats: readonly Arn[], component: 'region' | 'account'): 'empty' | 'filled' | 'mixed' {
  const empty = formats.filter((f) => f[component] === '').length;
  return empty === formats.length ? 'empty' : empty === 0 ? 'filled' : 'mixed';
}

function checkArn(ctx: CheckContext, { value, path }: ElementValue): void {
  const { catalog, report } = ctx;
  const arn = parseArn(value);
  if (arn === undefined || hasWildcard(arn.service) || !catalog.serviceExists(arn.service)) return;
  const service = arn.service;
  if (!catalog.resourceTypes(service).some((r) => r.arnParts?.service === service)) return;
  const anyPlace = `arn:${arn.partition}:${service}:*:*:${arn.resource}`;
  const fitting = catalog
    .matchingResourceTypes(service, anyPlace, { loose: true })
    .flatMap((r) => r.arnParts ?? []);
  if (fitting.length === 0) {
    const message =
      'Resource ARN does not match the expected ARN format. Update the resource portion of the ARN.';
    report.add('INVALID_ARN_RESOURCE', message, path);
    return;
  }
  const literal = (text: string): boolean => !hasWildcard(text) && !text.includes('${');
  if (literal(arn.region)) {
    const regions = agreement(fitting, 'region');
    if (arn.region !== '' && regions === 'empty') {
      report.add(
        'ARN_REGION_NOT_ALLOWED',
        `The service ${service} does not support specifying a Region in the resource ARN.`,
        path,
      );
    } else if (arn.region === '' && regions === 'filled') {
      report.add('MISSING_ARN_REGION', `Add a Region to the ${service} resource ARN.`, path);
    }
  }
  if (literal(arn.account)) {
    const accounts = agreement(fitting, 'account');
    if (arn.account !== '' && accounts === 'empty') {
      const message = `The service ${service} does not support specifying an account ID in the resource ARN.`;
      report.add('ARN_ACCOUNT_NOT_ALLOWED', message, path);
    }
  }
}

export function checkArnResourceTypes(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    for (const item of elementValues(statement, 'Resource')) checkArn(ctx, item);
    for (const item of elementValues(statement, 'NotResource')) checkArn(ctx, item);
  }
}
