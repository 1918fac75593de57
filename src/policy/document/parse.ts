/**
 * Policy document parser: JSON text (or an already-parsed value) -> PolicyDocument AST plus grammar
 * findings with Access Analyzer's issue codes, each pointing at a JSON path and, from text, a source span.
 * It never throws. The AST is withheld when a finding is fatal (unreadable JSON, a repeated key, a value
 * of the wrong type, an unknown element, no Effect or a bad one, no Action/NotAction, no Resource/NotResource
 * where the type requires one...), so nobody evaluates a half-understood policy; warnings, suggestions and
 * per-type errors keep it. Paths are logical: a single-object Statement is addressed as ['Statement', 0]
 * (see ast.ts), and `locate` resolves such paths in the text either way.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { JsonPath, PolicyDocument, SourceSpan } from './ast.js';
import type { Finding, ValidationPolicyType } from '../validate/finding.js';
import { FindingCollector } from './issues.js';
import { jsonNodeFromValue } from './json-from-value.js';
import { parseJsonWithLocations } from './json-locations.js';
import { locateJsonPath, type JsonNode } from './json-nodes.js';
import { readDocument } from './read-document.js';

export interface ParseResult {
  /** The AST, present whenever the document is usable for evaluation (even with non-fatal findings). */
  readonly document?: PolicyDocument;
  readonly findings: readonly Finding[];
  /** Span of a JSON path in the source text, for findings computed later by other checks. */
  locate(path: JsonPath): SourceSpan | undefined;
}

export interface ParseOptions {
  /** The policy type whose grammar applies; without it only the rules common to every type are checked. */
  readonly type?: ValidationPolicyType;
}

export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const parsed = parseJsonWithLocations(typeof text === 'string' ? text : '');
  const out = new FindingCollector();
  for (const duplicate of parsed.duplicates) {
    const message = `The key ${duplicate.key} appears more than once in the same object (first at line ${duplicate.firstSpan.start.line} column ${duplicate.firstSpan.start.column}). Remove the duplicate key.`;
    out.add('DUPLICATE_KEYS', message, logicalPath(duplicate.path), duplicate.span, true);
  }
  if (!parsed.ok) {
    const { message, position } = parsed.error;
    const details = `Fix the JSON syntax error at index ${position.offset} line ${position.line} column ${position.column}: ${message}.`;
    out.add('JSON_SYNTAX_ERROR', details, [], { start: position, end: position }, true);
    return { findings: out.findings, locate: () => undefined };
  }
  const root = parsed.value;
  return finish(out, root, options.type, (path) => locateJsonPath(root, path));
}

/** For callers that already hold a parsed JSON value (no spans available). */
export function policyFromJson(value: unknown, options: ParseOptions = {}): ParseResult {
  let root: JsonNode;
  try {
    root = jsonNodeFromValue(value);
  } catch {
    root = { kind: 'null' }; // a getter or proxy that throws: report the value as not JSON
  }
  return finish(new FindingCollector(), root, options.type, () => undefined);
}

function finish(
  out: FindingCollector,
  root: JsonNode,
  type: ValidationPolicyType | undefined,
  locate: (path: JsonPath) => SourceSpan | undefined,
): ParseResult {
  const document = readDocument(out, root, type);
  if (document === undefined || out.fatal) return { findings: out.findings, locate };
  return { document, findings: out.findings, locate };
}

/** A physical path with the single-object Statement index inserted: ['Statement', 'Effect'] -> ['Statement', 0, 'Effect']. */
function logicalPath(path: JsonPath): JsonPath {
  if (path[0] === 'Statement' && typeof path[1] === 'string') return ['Statement', 0, ...path.slice(1)];
  return path;
}
