/**
 * Principal and NotPrincipal: Allow with NotPrincipal (ALLOW_WITH_NOT_PRINCIPAL); a service principal
 * allowed in a resource or trust policy without a confused-deputy condition on aws:SourceArn,
 * aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths (RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL); and
 * unique IDs of roles (AROA...) or users (AIDA...) instead of ARNs (INVALID_ROLE_REFERENCE,
 * INVALID_USER_REFERENCE); and partial wildcards such as `arn:aws:iam::111122223333:user/*`, which no
 * principal matches (UNSUPPORTED_WILDCARD_IN_PRINCIPAL; a lone `*` is the grammar's business). EC2 is exempt in trust policies: an instance profile's role is assumed for an
 * instance, with no source resource to name.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-allow-with-not-principal
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-restrict-access-to-service-principal
 * Confused deputy: https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html#cross-service-confused-deputy-prevention
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-wildcard-in-principal
 * Unique ID prefixes: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
 */
import { PRINCIPAL_KINDS, type Statement } from '../../document/ast.js';
import { elementPath, hasWildcard, type CheckContext } from '../check-context.js';

const CONFUSED_DEPUTY_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
]);
const TRUST_EXEMPT_SERVICES = new Set(['ec2.amazonaws.com', 'ec2.amazonaws.com.cn']);
const ROLE_ID = /^AROA[A-Z0-9]{12,}$/;
const USER_ID = /^AIDA[A-Z0-9]{12,}$/;

function checkServicePrincipals(ctx: CheckContext, statement: Statement): void {
  const principal = statement.principal;
  if (statement.effect !== 'Allow' || principal === undefined || principal === '*') return;
  if (ctx.type !== 'resource' && ctx.type !== 'trust') return;
  const services = (principal.Service ?? []).filter(
    (s) => !(ctx.type === 'trust' && TRUST_EXEMPT_SERVICES.has(s.toLowerCase())),
  );
  if (services.length === 0) return;
  if (statement.conditions.some((c) => CONFUSED_DEPUTY_KEYS.has(c.key.toLowerCase()))) return;
  const message =
    'Granting access to a service principal without specifying a source is overly permissive. Use aws:SourceArn or aws:SourceAccount condition key and scope access to a specific source to grant fine-grained access.';
  ctx.report.add('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', message, [
    ...elementPath(statement, 'Principal'),
    'Service',
  ]);
}

function checkPrincipalValues(
  ctx: CheckContext,
  statement: Statement,
  element: 'Principal' | 'NotPrincipal',
): void {
  const block = element === 'Principal' ? statement.principal : statement.notPrincipal;
  if (block === undefined || block === '*') return;
  for (const kind of PRINCIPAL_KINDS) {
    (block[kind] ?? []).forEach((value, index) => {
      if (value === '*' || !hasWildcard(value)) return;
      const message = `Wildcards (*, ?) are not supported with the principal key ${kind}. Replace the wildcard with a valid principal value.`;
      ctx.report.add('UNSUPPORTED_WILDCARD_IN_PRINCIPAL', message, [
        ...elementPath(statement, element),
        kind,
        index,
      ]);
    });
  }
  (block.AWS ?? []).forEach((value, index) => {
    const path = [...elementPath(statement, element), 'AWS', index];
    if (ROLE_ID.test(value)) {
      const message = `The Principal element includes the IAM role ID ${value}. We recommend that you use a role ARN instead.`;
      ctx.report.add('INVALID_ROLE_REFERENCE', message, path);
    } else if (USER_ID.test(value)) {
      const message = `The Principal element includes the IAM user ID ${value}. We recommend that you use a user ARN instead.`;
      ctx.report.add('INVALID_USER_REFERENCE', message, path);
    }
  });
}

export function checkPrincipals(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    if (statement.effect === 'Allow' && statement.notPrincipal !== undefined) {
      const message =
        'Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.';
      ctx.report.add('ALLOW_WITH_NOT_PRINCIPAL', message, elementPath(statement, 'NotPrincipal'));
    }
    checkServicePrincipals(ctx, statement);
    checkPrincipalValues(ctx, statement, 'Principal');
    checkPrincipalValues(ctx, statement, 'NotPrincipal');
  }
}
