/**
 * The issue codes the semantic checks report, with their finding types, and the collector that turns a
 * code, a message and a JSON path into a Finding (span from the parser's `locate`, learnMoreLink to the
 * Access Analyzer check reference). Codes are Access Analyzer's; the two marked `ours` have no Access
 * Analyzer counterpart and link to the Service Authorization Reference instead.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
import type { JsonPath, SourceSpan } from '../document/ast.js';
import { learnMoreLink } from '../document/issues.js';
import type { Finding, FindingType } from './finding.js';

interface IssueSpec {
  readonly type: FindingType;
  /** For codes of our own: the page that explains the rule. */
  readonly ours?: string;
}

const RESOURCES_TABLE =
  'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html#resources_table';

export const CHECK_ISSUES = {
  ARN_ACCOUNT_NOT_ALLOWED: { type: 'ERROR' },
  ARN_REGION_NOT_ALLOWED: { type: 'ERROR' },
  INVALID_ACTION: { type: 'ERROR' },
  INVALID_ARN_ACCOUNT: { type: 'ERROR' },
  INVALID_ARN_PREFIX: { type: 'ERROR' },
  INVALID_ARN_RESOURCE: { type: 'ERROR' },
  INVALID_ARN_SERVICE_CASE: { type: 'ERROR' },
  INVALID_CONDITION_KEY_FORMAT: { type: 'ERROR' },
  INVALID_CONDITION_MULTIPLE_BOOLEAN: { type: 'ERROR' },
  INVALID_CONDITION_OPERATOR: { type: 'ERROR' },
  INVALID_GLOBAL_CONDITION_KEY: { type: 'ERROR' },
  INVALID_SERVICE: { type: 'ERROR' },
  INVALID_SERVICE_CONDITION_KEY: { type: 'ERROR' },
  INVALID_SERVICE_IN_ACTION: { type: 'ERROR' },
  INVALID_VARIABLE_FOR_OPERATOR: { type: 'ERROR' },
  MISSING_ARN_FIELD: { type: 'ERROR' },
  MISSING_ARN_REGION: { type: 'ERROR' },
  MISSING_QUALIFIER: { type: 'ERROR' },
  MISSING_TAG_KEY_IN_CONDITION: { type: 'ERROR' },
  NULL_WITH_IF_EXISTS: { type: 'ERROR' },
  PRIVATE_IP_ADDRESS: { type: 'ERROR' },
  PRIVATE_NOT_IP_ADDRESS: { type: 'ERROR' },
  /** An error in the current check reference (a general warning in earlier versions). */
  TYPE_MISMATCH_IP_RANGE: { type: 'ERROR' },
  UNSUPPORTED_ACTION_FOR_CONDITION_KEY: { type: 'ERROR' },
  RCP_SYNTAX_ERROR_ACTION: { type: 'ERROR' },
  SCP_SYNTAX_ERROR_ACTION_WILDCARD: { type: 'ERROR' },
  UNSUPPORTED_WILDCARD_IN_PRINCIPAL: { type: 'ERROR' },
  MISSING_BRACE_IN_VARIABLE: { type: 'ERROR' },
  MISSING_QUOTE_IN_VARIABLE: { type: 'ERROR' },
  UNSUPPORTED_SPACE_IN_VARIABLE: { type: 'ERROR' },
  EMPTY_VARIABLE: { type: 'ERROR' },
  VARIABLE_UNSUPPORTED_IN_ELEMENT: { type: 'ERROR' },
  VARIABLE_UNSUPPORTED_IN_VERSION: { type: 'ERROR' },
  CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE: { type: 'WARNING' },
  CREATE_SLR_WITH_NOT_RESOURCE: { type: 'WARNING' },
  CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE: { type: 'WARNING' },
  CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE: { type: 'WARNING' },
  CREATE_SLR_WITH_STAR_IN_RESOURCE: { type: 'WARNING' },
  CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: { type: 'WARNING' },
  DEPRECATED_GLOBAL_CONDITION_KEY: { type: 'WARNING' },
  INVALID_DATE_VALUE: { type: 'WARNING' },
  INVALID_ROLE_REFERENCE: { type: 'WARNING' },
  INVALID_USER_REFERENCE: { type: 'WARNING' },
  POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: { type: 'WARNING' },
  POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA: { type: 'WARNING' },
  TYPE_MISMATCH: { type: 'WARNING' },
  TYPE_MISMATCH_BOOLEAN: { type: 'WARNING' },
  TYPE_MISMATCH_DATE: { type: 'WARNING' },
  TYPE_MISMATCH_NUMBER: { type: 'WARNING' },
  TYPE_MISMATCH_STRING: { type: 'WARNING' },
  WILDCARD_WITHOUT_LIKE_OPERATOR: { type: 'WARNING' },
  /** An action without resource-level permissions, in a statement whose Resource never is `*`. */
  ACTION_REQUIRES_WILDCARD_RESOURCE: { type: 'WARNING', ours: RESOURCES_TABLE },
  /** No Resource entry of the statement can name a resource of any of the action's resource types. */
  RESOURCE_TYPE_MISMATCH_FOR_ACTION: { type: 'WARNING', ours: RESOURCES_TABLE },
  ALLOW_WITH_NOT_PRINCIPAL: { type: 'SECURITY_WARNING' },
  FORALLVALUES_WITH_SINGLE_VALUED_KEY: { type: 'SECURITY_WARNING' },
  PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE: { type: 'SECURITY_WARNING' },
  PASS_ROLE_WITH_NOT_RESOURCE: { type: 'SECURITY_WARNING' },
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE: { type: 'SECURITY_WARNING' },
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: { type: 'SECURITY_WARNING' },
  PASS_ROLE_WITH_STAR_IN_RESOURCE: { type: 'SECURITY_WARNING' },
  PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: { type: 'SECURITY_WARNING' },
  RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL: { type: 'SECURITY_WARNING' },
  IMPROVE_IP_RANGE: { type: 'SUGGESTION' },
  NULL_WITH_QUALIFIER: { type: 'SUGGESTION' },
  PRIVATE_IP_ADDRESS_SUBSET: { type: 'SUGGESTION' },
  PRIVATE_NOT_IP_ADDRESS_SUBSET: { type: 'SUGGESTION' },
  REDUNDANT_ACTION: { type: 'SUGGESTION' },
  REDUNDANT_CONDITION_VALUE_NUM: { type: 'SUGGESTION' },
  REDUNDANT_RESOURCE: { type: 'SUGGESTION' },
  REDUNDANT_STATEMENT: { type: 'SUGGESTION' },
  WILDCARD_IN_SERVICE_NAME: { type: 'SUGGESTION' },
} as const satisfies Record<string, IssueSpec>;

export type CheckIssueCode = keyof typeof CHECK_ISSUES;

type MutableFinding = { -readonly [K in keyof Finding]: Finding[K] };

/** Collects the findings of the checks; `locate` gives each finding its source span. */
export class Report {
  readonly findings: Finding[] = [];

  constructor(private readonly locate: (path: JsonPath) => SourceSpan | undefined) {}

  add(code: CheckIssueCode, message: string, path: JsonPath): void {
    const spec: IssueSpec = CHECK_ISSUES[code];
    const finding: MutableFinding = { findingType: spec.type, issueCode: code, message, path };
    const span = this.locate(path);
    if (span !== undefined) finding.span = span;
    finding.learnMoreLink = spec.ours ?? learnMoreLink(code, spec.type);
    this.findings.push(finding);
  }
}
