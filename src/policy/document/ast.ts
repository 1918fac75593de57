/**
 * The policy document AST: what `parsePolicy` produces and every later step (validate, compile, print)
 * consumes. Values are normalized (single strings become one-element arrays, JSON booleans and numbers in
 * conditions become strings) but nothing is interpreted: wildcards, variables and ARNs stay as written.
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

/** A step in a JSON path: an object key or an array index. */
export type JsonPathStep = string | number;
export type JsonPath = readonly JsonPathStep[];

/** A position in the source text: line and column are 1-based, offset is 0-based (UTF-16 units). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface SourceSpan {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

/** The two policy language versions; a missing Version means 2008-10-17 semantics (no variables). */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;
export type PolicyVersion = (typeof POLICY_VERSIONS)[number];

export type Effect = 'Allow' | 'Deny';

/** The principal map's keys, as AWS spells them. */
export const PRINCIPAL_KINDS = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

/** `"*"` (everyone, anonymous included) or a map of principal kind to values (OR within and across kinds). */
export type PrincipalBlock = '*' | { readonly [K in PrincipalKind]?: readonly string[] };

/** One `Operator: { Key: values }` pair of a Condition block; several entries AND together. */
export interface ConditionEntry {
  /** The operator exactly as written, qualifiers and IfExists included, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string;
  /** The key exactly as written (keys are matched case-insensitively later). */
  readonly key: string;
  /** The values, always as strings (`true` -> "true", `5` -> "5"); several values OR together. */
  readonly values: readonly string[];
  /** Path of the key inside the document, e.g. ['Statement', 0, 'Condition', 'StringEquals', 'aws:username']. */
  readonly path: JsonPath;
}

export interface Statement {
  /** Position in the document's statement list (0 when Statement is a single object). */
  readonly index: number;
  readonly sid?: string;
  readonly effect: Effect;
  readonly principal?: PrincipalBlock;
  readonly notPrincipal?: PrincipalBlock;
  readonly action?: readonly string[];
  readonly notAction?: readonly string[];
  readonly resource?: readonly string[];
  readonly notResource?: readonly string[];
  /**
   * The Condition block flattened, in source order: grouped by operator, then by key within the operator.
   * An operator holds each key once (keys differing only in case are an error), and `printPolicy` writes
   * operators in order of first appearance, so entries in this order survive print -> parse unchanged.
   */
  readonly conditions: readonly ConditionEntry[];
  /**
   * Path of the statement, always ['Statement', index], e.g. ['Statement', 2]. A single-object Statement
   * is addressed as ['Statement', 0] too: every path in the AST and in findings is logical, the way a
   * single string Action is element 0 of its list. `ParseResult.locate` resolves such paths (a step 0 on a
   * non-array value stays on that value), and `printPolicy` always writes Statement as an array, so the
   * paths of a printed and re-parsed document are the same.
   */
  readonly path: JsonPath;
}

export interface PolicyDocument {
  /** The Version as written, if any (validation reports unknown versions). */
  readonly version?: string;
  readonly id?: string;
  readonly statements: readonly Statement[];
}
