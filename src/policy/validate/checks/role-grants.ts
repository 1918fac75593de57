/**
 * Broad grants of iam:PassRole (PASS_ROLE_*, security warnings) and iam:CreateServiceLinkedRole
 * (CREATE_SLR_*, warnings) in Allow statements of identity-based policies. The code says how the action is
 * granted (named, through a wildcard, or through NotAction) and how the roles are (a Resource that covers
 * any role name, or NotResource). A Resource covers any role when it matches a probe role name that no
 * naming convention would produce; `arn:aws:iam::*:role/*imagebuilder*` does not, `arn:aws:iam::*:role/*`
 * does. A condition on iam:PassedToService (resp. iam:AWSServiceName) scopes the grant to named services and
 * silences the finding, as the findings' own advice suggests.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-create-slr-with-star-in-resource
 */
import { parseOperatorName } from '../../condition/operator-name.js';
import { findOperator } from '../../condition/operators.js';
import type { Statement } from '../../document/ast.js';
import { parseArn } from '../../match/arn.js';
import { compileGlob } from '../../match/glob.js';
import { elementPath, hasWildcard, type CheckContext } from '../check-context.js';
import type { CheckIssueCode } from '../report.js';

type ActionGrant = 'named' | 'wildcard' | 'notAction';
type ResourceGrant = 'star' | 'notResource';

interface RoleGrantRule {
  readonly action: string;
  /** The resource part of an ARN no specific Resource entry should match. */
  readonly probe: string;
  readonly scopingKey: string;
  readonly codes: Readonly<Record<`${ActionGrant}/${ResourceGrant}`, readonly [CheckIssueCode, string]>>;
}

const SPECIFY = 'We recommend that you specify resource ARNs instead.';
const SPECIFY_OR_SCOPE =
  'We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.';

const RULES: readonly RoleGrantRule[] = [
  {
    action: 'iam:passrole',
    probe: 'role/ibiam-probe-path/IbiamProbeRoleName',
    scopingKey: 'iam:passedtoservice',
    codes: {
      'named/star': [
        'PASS_ROLE_WITH_STAR_IN_RESOURCE',
        `Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. ${SPECIFY_OR_SCOPE}`,
      ],
      'wildcard/star': [
        'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
        `Using wildcards (*) in the action and the resource can be overly permissive because it allows iam:PassRole permissions on all resources. ${SPECIFY_OR_SCOPE}`,
      ],
      'notAction/star': [
        'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
        `Using a resource with wildcards (*) and NotAction can be overly permissive because it allows iam:PassRole permissions on all resources. ${SPECIFY_OR_SCOPE}`,
      ],
      'named/notResource': [
        'PASS_ROLE_WITH_NOT_RESOURCE',
        `Using the iam:PassRole action with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. ${SPECIFY}`,
      ],
      'wildcard/notResource': [
        'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
        `Using an action with a wildcard (*) and NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. ${SPECIFY}`,
      ],
      'notAction/notResource': [
        'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE',
        `Using NotAction with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. ${SPECIFY}`,
      ],
    },
  },
  {
    action: 'iam:createservicelinkedrole',
    probe: 'role/aws-service-role/ibiam-probe.amazonaws.com/AWSServiceRoleForIbiamProbe',
    scopingKey: 'iam:awsservicename',
    codes: {
      'named/star': [
        'CREATE_SLR_WITH_STAR_IN_RESOURCE',
        `Using the iam:CreateServiceLinkedRole action with wildcards (*) in the resource can allow creation of unintended service-linked roles. ${SPECIFY}`,
      ],
      'wildcard/star': [
        'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
        `Using wildcards (*) in the action and the resource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. ${SPECIFY}`,
      ],
      'notAction/star': [
        'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
        `Using a resource with wildcards (*) and NotAction can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. ${SPECIFY}`,
      ],
      'named/notResource': [
        'CREATE_SLR_WITH_NOT_RESOURCE',
        `Using the iam:CreateServiceLinkedRole action with NotResource can allow creation of unintended service-linked roles for multiple resources. ${SPECIFY}`,
      ],
      'wildcard/notResource': [
        'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
        `Using an action with a wildcard(*) and NotResource can allow creation of unintended service-linked roles because it can allow iam:CreateServiceLinkedRole permissions on multiple resources. ${SPECIFY}`,
      ],
      'notAction/notResource': [
        'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE',
        `Using NotAction with NotResource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on multiple resources. ${SPECIFY}`,
      ],
    },
  },
];

const IDENTITY_TYPES = new Set(['identity', 'boundary', 'session']);

function actionGrant(statement: Statement, action: string): ActionGrant | undefined {
  if (statement.action !== undefined) {
    const lower = statement.action.map((a) => a.toLowerCase());
    if (lower.includes(action)) return 'named';
    return lower.some((a) => hasWildcard(a) && compileGlob(a)(action)) ? 'wildcard' : undefined;
  }
  const excluded = (statement.notAction ?? []).some((a) => compileGlob(a.toLowerCase())(action));
  return excluded ? undefined : 'notAction';
}

/** True when the Resource pattern names any IAM role (probe: a role no convention would name). */
function coversProbe(pattern: string, probe: string): boolean {
  const arn = parseArn(pattern);
  if (arn === undefined) return compileGlob(pattern)(`arn:aws:iam::111122223333:${probe}`);
  return compileGlob(arn.service)('iam') && compileGlob(arn.resource)(probe);
}

function resourceGrant(statement: Statement, probe: string): ResourceGrant | undefined {
  if (statement.resource !== undefined)
    return statement.resource.some((r) => coversProbe(r, probe)) ? 'star' : undefined;
  const excluded = (statement.notResource ?? []).some((r) => coversProbe(r, probe));
  return statement.notResource !== undefined && !excluded ? 'notResource' : undefined;
}

function isScoped(statement: Statement, scopingKey: string): boolean {
  return statement.conditions.some((c) => {
    const spec = findOperator(parseOperatorName(c.operator).base);
    return c.key.toLowerCase() === scopingKey && spec !== undefined && !spec.negated && spec.name !== 'Null';
  });
}

export function checkRoleGrants(ctx: CheckContext): void {
  if (!IDENTITY_TYPES.has(ctx.type)) return;
  for (const statement of ctx.document.statements) {
    if (statement.effect !== 'Allow') continue;
    for (const rule of RULES) {
      const byAction = actionGrant(statement, rule.action);
      if (byAction === undefined) continue;
      const byResource = resourceGrant(statement, rule.probe);
      if (byResource === undefined || isScoped(statement, rule.scopingKey)) continue;
      const [code, message] = rule.codes[`${byAction}/${byResource}`];
      ctx.report.add(
        code,
        message,
        elementPath(statement, byResource === 'star' ? 'Resource' : 'NotResource'),
      );
    }
  }
}
