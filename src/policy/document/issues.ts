/**
 * The issue codes the document parser reports, with their finding types, and the collector that builds
 * findings. Codes are Access Analyzer's wherever it has one (their learnMoreLink points to its check
 * reference); the few marked `ours` have no Access Analyzer counterpart that we know of and carry no link.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
import type { JsonPath, SourceSpan } from './ast.js';
import type { Finding, FindingType } from '../validate/finding.js';

interface IssueSpec {
  readonly type: FindingType;
  /** True when the code is ours rather than Access Analyzer's. */
  readonly ours?: true;
}

export const DOCUMENT_ISSUES = {
  JSON_SYNTAX_ERROR: { type: 'ERROR' },
  DATA_TYPE_MISMATCH: { type: 'ERROR' },
  DUPLICATE_KEYS_WITH_DIFFERENT_CASE: { type: 'ERROR' },
  INVALID_EFFECT: { type: 'ERROR' },
  INVALID_POLICY_ELEMENT: { type: 'ERROR' },
  INVALID_PRINCIPAL_FORMAT: { type: 'ERROR' },
  INVALID_PRINCIPAL_KEY: { type: 'ERROR' },
  INVALID_VERSION: { type: 'ERROR' },
  MISSING_ACTION: { type: 'ERROR' },
  MISSING_EFFECT: { type: 'ERROR' },
  MISSING_PRINCIPAL: { type: 'ERROR' },
  MISSING_RESOURCE: { type: 'ERROR' },
  MISSING_STATEMENT: { type: 'ERROR' },
  ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL: { type: 'ERROR' },
  ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE: { type: 'ERROR' },
  ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL: { type: 'ERROR' },
  SCP_SYNTAX_ERROR_PRINCIPAL: { type: 'ERROR' },
  UNSUPPORTED_ACTION_IN_POLICY: { type: 'ERROR' },
  UNSUPPORTED_ELEMENT_COMBINATION: { type: 'ERROR' },
  UNSUPPORTED_PRINCIPAL: { type: 'ERROR' },
  UNSUPPORTED_SID: { type: 'ERROR' },
  /** A key repeated (with the same spelling) in one JSON object; IAM rejects such documents. */
  DUPLICATE_KEYS: { type: 'ERROR', ours: true },
  /** `Id` in a policy type that does not support it (identity-based policies, SCPs, RCPs). */
  UNSUPPORTED_ID: { type: 'ERROR', ours: true },
  /** RCPs support `Allow` only in the AWS-managed RCPFullAWSAccess policy. */
  RCP_SYNTAX_ERROR_ALLOW: { type: 'ERROR', ours: true },
  /** RCPs require `"Principal": "*"`. */
  RCP_SYNTAX_ERROR_PRINCIPAL: { type: 'ERROR', ours: true },
  RCP_SYNTAX_ERROR_NOTPRINCIPAL: { type: 'ERROR', ours: true },
  RCP_SYNTAX_ERROR_NOTACTION: { type: 'ERROR', ours: true },
  MISSING_VERSION: { type: 'WARNING' },
  UNIQUE_SIDS_RECOMMENDED: { type: 'WARNING' },
  EMPTY_ARRAY_ACTION: { type: 'SUGGESTION' },
  EMPTY_ARRAY_CONDITION: { type: 'SUGGESTION' },
  EMPTY_ARRAY_CONDITION_FORALLVALUES: { type: 'SUGGESTION' },
  EMPTY_ARRAY_CONDITION_FORANYVALUE: { type: 'SUGGESTION' },
  EMPTY_ARRAY_CONDITION_IFEXISTS: { type: 'SUGGESTION' },
  EMPTY_ARRAY_PRINCIPAL: { type: 'SUGGESTION' },
  EMPTY_ARRAY_RESOURCE: { type: 'SUGGESTION' },
  EMPTY_OBJECT_CONDITION: { type: 'SUGGESTION' },
  EMPTY_OBJECT_PRINCIPAL: { type: 'SUGGESTION' },
  EMPTY_SID_VALUE: { type: 'SUGGESTION' },
} as const satisfies Record<string, IssueSpec>;

export type DocumentIssueCode = keyof typeof DOCUMENT_ISSUES;

const CHECKS_PAGE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';
const ANCHOR_PREFIX: Readonly<Record<FindingType, string>> = {
  ERROR: 'error',
  SECURITY_WARNING: 'security-warning',
  WARNING: 'general-warning',
  SUGGESTION: 'suggestion',
};

/** The Access Analyzer reference link for an issue code, e.g. `…#access-analyzer-reference-policy-checks-error-invalid-effect`. */
export function learnMoreLink(code: string, type: FindingType): string {
  const anchor = `${ANCHOR_PREFIX[type]}-${code.toLowerCase().replaceAll('_', '-')}`;
  return `${CHECKS_PAGE}#access-analyzer-reference-policy-checks-${anchor}`;
}

/**
 * Collects findings while a document is read. `fatal` becomes true when a finding means the document
 * cannot be evaluated faithfully; the parser then withholds the AST.
 */
export class FindingCollector {
  readonly findings: Finding[] = [];
  fatal = false;

  add(
    code: DocumentIssueCode,
    message: string,
    path: JsonPath,
    span: SourceSpan | undefined,
    fatal: boolean,
  ): void {
    const spec: IssueSpec = DOCUMENT_ISSUES[code];
    const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
      findingType: spec.type,
      issueCode: code,
      message,
      path,
    };
    if (span !== undefined) finding.span = span;
    if (spec.ours !== true) finding.learnMoreLink = learnMoreLink(code, spec.type);
    this.findings.push(finding);
    if (fatal) this.fatal = true;
  }
}
