/**
 * The grammar rules that depend on the policy type. Without a type only the common grammar applies (and
 * Resource is optional, since role trust policies have none). Breaking a per-type rule is an ERROR but not
 * fatal, except a missing Resource: the document is still fully understood, just not acceptable as that
 * type. Sources:
 * identity/boundary/session: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 *   and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_id.html
 * Sid characters: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html
 * SCP: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 *   (since 2025 every element but Principal/NotPrincipal works with both effects)
 * RCP: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 */
import type { JsonPath, SourceSpan } from './ast.js';
import type { ValidationPolicyType } from '../validate/finding.js';
import type { FindingCollector } from './issues.js';
import type { JsonMember } from './json-nodes.js';
import type { StatementDraft } from './read-statement.js';
import { checkTrustStatement } from './trust-rules.js';

const IDENTITY_BASED: ReadonlySet<ValidationPolicyType> = new Set(['identity', 'boundary', 'session']);
/** Policy types that IAM itself stores, where a Sid may hold only ASCII letters and digits. */
const IAM_SID_TYPES: ReadonlySet<ValidationPolicyType> = new Set([
  'identity',
  'boundary',
  'session',
  'trust',
]);
const SID_CHARACTERS = /^[A-Za-z0-9]*$/;

/** Document-level rules: Id where it is not supported, and the Version SCPs and RCPs require. */
export function checkDocumentForType(
  out: FindingCollector,
  type: ValidationPolicyType | undefined,
  doc: { readonly id?: JsonMember; readonly version?: string; readonly versionSpan?: SourceSpan },
): void {
  if (type === undefined) return;
  if (doc.id !== undefined && (IDENTITY_BASED.has(type) || type === 'scp' || type === 'rcp')) {
    const message = `The Id element is not supported in ${describeType(type)}. Remove the Id element.`;
    out.add('UNSUPPORTED_ID', message, ['Id'], doc.id.keySpan, false);
  }
  if ((type === 'scp' || type === 'rcp') && doc.version !== undefined && doc.version !== '2012-10-17') {
    const message = `The version ${doc.version} is not valid for ${describeType(type)}. Use the version 2012-10-17.`;
    out.add('INVALID_VERSION', message, ['Version'], doc.versionSpan, false);
  }
}

export function checkStatementForType(
  out: FindingCollector,
  type: ValidationPolicyType | undefined,
  draft: StatementDraft,
): void {
  if (type === undefined) return;
  const { elements, parts, path } = draft;
  const at = (element: string): JsonPath => [...path, element];
  const keySpan = (member: JsonMember | undefined): SourceSpan | undefined =>
    member?.keySpan ?? draft.node.span;

  if (parts.sid !== undefined && IAM_SID_TYPES.has(type) && !SID_CHARACTERS.test(parts.sid)) {
    const message = `Update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9]`;
    out.add('UNSUPPORTED_SID', message, at('Sid'), elements.Sid?.value.span, false);
  }
  if (requiresResource(type) && elements.Resource === undefined && elements.NotResource === undefined) {
    const message = 'Add a Resource or NotResource element to the policy statement.';
    out.add('MISSING_RESOURCE', message, path, draft.node.span, true);
  }
  const principals = [elements.Principal, elements.NotPrincipal].filter((m) => m !== undefined);
  if (IDENTITY_BASED.has(type)) {
    for (const member of principals) {
      const message = `The policy type ${describeType(type)} does not support the ${member.key} element. Remove the ${member.key} element.`;
      out.add('UNSUPPORTED_PRINCIPAL', message, at(member.key), member.keySpan, false);
    }
  } else if (type === 'scp') {
    for (const member of principals) {
      const message =
        'SCPs do not support specifying principals. Remove the Principal or NotPrincipal element.';
      out.add('SCP_SYNTAX_ERROR_PRINCIPAL', message, at(member.key), member.keySpan, false);
    }
  } else if (principals.length === 0) {
    out.add(
      'MISSING_PRINCIPAL',
      'Add a Principal element to the policy statement.',
      path,
      draft.node.span,
      false,
    );
  }
  if (type === 'trust') checkTrustStatement(out, draft);
  if (type !== 'rcp') return;

  if (elements.NotPrincipal !== undefined) {
    const message =
      'RCPs do not support the NotPrincipal element. Use "Principal": "*" with a Condition instead.';
    out.add(
      'RCP_SYNTAX_ERROR_NOTPRINCIPAL',
      message,
      at('NotPrincipal'),
      keySpan(elements.NotPrincipal),
      false,
    );
  }
  if (elements.NotAction !== undefined) {
    const message = 'RCPs do not support the NotAction element. Use Action instead.';
    out.add('RCP_SYNTAX_ERROR_NOTACTION', message, at('NotAction'), keySpan(elements.NotAction), false);
  }
  if (elements.Principal !== undefined && parts.principal !== '*') {
    const message = 'RCPs require "Principal": "*". Use the Condition element to narrow the principals.';
    out.add('RCP_SYNTAX_ERROR_PRINCIPAL', message, at('Principal'), elements.Principal.value.span, false);
  }
  if (parts.effect === 'Allow' && !isFullAccessStatement(draft)) {
    const message = 'RCPs support the effect Allow only in the RCPFullAWSAccess policy. Use Deny.';
    out.add('RCP_SYNTAX_ERROR_ALLOW', message, at('Effect'), elements.Effect?.value.span, false);
  }
}

/** The single statement of the AWS-managed RCPFullAWSAccess policy: Allow "*" to "*" on "*". */
function isFullAccessStatement({ parts, elements }: StatementDraft): boolean {
  const star = (list: readonly string[] | undefined): boolean => list?.length === 1 && list[0] === '*';
  return (
    parts.principal === '*' && star(parts.action) && star(parts.resource) && elements.Condition === undefined
  );
}

/** Every policy type but the role trust policy requires Resource or NotResource. */
export function requiresResource(type: ValidationPolicyType | undefined): boolean {
  return type !== undefined && type !== 'trust';
}

function describeType(type: ValidationPolicyType): string {
  switch (type) {
    case 'identity':
      return 'identity-based policies';
    case 'boundary':
      return 'permissions boundaries';
    case 'session':
      return 'session policies';
    case 'scp':
      return 'service control policies (SCPs)';
    case 'rcp':
      return 'resource control policies (RCPs)';
    case 'trust':
      return 'role trust policies';
    case 'resource':
      return 'resource-based policies';
  }
}
