/**
 * Our validator's findings in Access Analyzer's ValidatePolicyFinding shape: findingDetails, findingType,
 * issueCode, learnMoreLink and locations, each a JSON path (`{key}` for an object member, `{index}` for a
 * list element) and a span whose positions count lines from 1, columns from 0 and offsets from 0.
 * The validator addresses a single value written where a list is allowed (`"Statement": {...}`,
 * `"Action": "s3:GetObject"`) as element 0 of a list; the path given back follows the document as
 * written, so such an index is dropped.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_PathElement.html
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_Position.html
 */
import type { JsonPath, SourcePosition } from '../../../policy/document/ast.js';
import type { Finding } from '../../../policy/validate/finding.js';
import type { ResultStruct } from '../../common/operation.js';

/** The policy checks reference, for findings without a page of their own. */
export const POLICY_CHECKS_REFERENCE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';

/** The document's JSON value, or undefined when it is not JSON (its only finding is then a syntax error). */
export function documentValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The path as PathElements, following the JSON value as written. */
export function pathElements(path: JsonPath, document: unknown): ResultStruct[] {
  const out: ResultStruct[] = [];
  let node: unknown = document;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(node) && step === 0) continue; // a single value standing for a list of one
      out.push({ index: step });
      node = Array.isArray(node) ? (node as unknown[])[step] : undefined;
    } else {
      out.push({ key: step });
      node =
        node !== null && typeof node === 'object' && !Array.isArray(node)
          ? (node as Record<string, unknown>)[step]
          : undefined;
    }
  }
  return out;
}

const position = (p: SourcePosition): ResultStruct => ({
  line: p.line,
  column: p.column - 1,
  offset: p.offset,
});

export function findingShape(finding: Finding, document: unknown): ResultStruct {
  return {
    findingDetails: finding.message,
    findingType: finding.findingType,
    issueCode: finding.issueCode,
    learnMoreLink: finding.learnMoreLink ?? POLICY_CHECKS_REFERENCE,
    locations: finding.span
      ? [
          {
            path: pathElements(finding.path, document),
            span: { start: position(finding.span.start), end: position(finding.span.end) },
          },
        ]
      : [],
  };
}
