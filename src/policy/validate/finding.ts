/**
 * A validation finding, shaped like IAM Access Analyzer's ValidatePolicyFinding so that reports can be
 * compared with AWS's: findingType, issueCode, a message, and where in the document it points.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html
 */
import type { JsonPath, SourceSpan } from '../document/ast.js';

export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

export interface Finding {
  readonly findingType: FindingType;
  /** Access Analyzer's issue code, e.g. `INVALID_ACTION`, `MISSING_VERSION`, `JSON_SYNTAX_ERROR`. */
  readonly issueCode: string;
  readonly message: string;
  /** Where the finding points inside the document (empty for the whole document). */
  readonly path: JsonPath;
  /** The source span of `path`, when the document was parsed from text. */
  readonly span?: SourceSpan;
  /** The Access Analyzer policy-check reference page for this issue code. */
  readonly learnMoreLink?: string;
}

/** The policy types a document can be validated as. */
export type ValidationPolicyType = 'identity' | 'resource' | 'trust' | 'boundary' | 'scp' | 'rcp' | 'session';
