/**
 * A statement compiled for evaluation: matchers for Action, Resource, Principal and Condition built once,
 * so that evaluating a request re-parses nothing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import type { StatementRef, PolicyType } from '../authorize/types.js';
import type { CompiledCondition } from '../condition/types.js';
import { compileCondition } from '../condition/compile.js';
import type { Statement } from '../document/ast.js';
import { compileActionMatcher, type ActionMatcher } from '../match/action.js';
import {
  compileNotPrincipalMatcher,
  compilePrincipalMatcher,
  type PrincipalMatcher,
} from '../match/principal.js';
import { compileResourceMatcher, type ResourceMatcher } from '../match/resource.js';
import type { PrincipalFacts } from '../context/principal-facts.js';

export interface CompiledStatement {
  readonly ref: StatementRef;
  readonly source: Statement;
  readonly deny: boolean;
  /** Whether the statement's Action (or NotAction) element covers a lower-cased action. */
  readonly coversAction: ActionMatcher;
  /** Undefined when the statement has neither Resource nor NotResource (trust policies). */
  readonly resource?: ResourceMatcher;
  readonly notResource: boolean;
  readonly principal?: PrincipalMatcher;
  readonly notPrincipal?: (facts: PrincipalFacts, hasBoundary: boolean) => boolean;
  readonly conditions: readonly CompiledCondition[];
}

export function compileStatement(
  statement: Statement,
  policyId: string,
  policyType: PolicyType,
  version: string | undefined,
): CompiledStatement {
  const allowVariables = version === '2012-10-17';
  const actionMatcher = compileActionMatcher(statement.action ?? statement.notAction ?? []);
  const coversAction: ActionMatcher = statement.notAction
    ? (action) => !actionMatcher(action)
    : actionMatcher;
  const resourcePatterns = statement.resource ?? statement.notResource;
  // Object literals of one fixed shape (no conditional spreads): these objects are copied on hot paths.
  const ref: StatementRef =
    statement.sid !== undefined
      ? {
          policyId,
          policyType,
          statementIndex: statement.index,
          sid: statement.sid,
          effect: statement.effect,
        }
      : { policyId, policyType, statementIndex: statement.index, effect: statement.effect };
  return {
    ref,
    source: statement,
    deny: statement.effect === 'Deny',
    coversAction,
    ...(resourcePatterns ? { resource: compileResourceMatcher(resourcePatterns, allowVariables) } : {}),
    notResource: statement.notResource !== undefined,
    ...(statement.principal ? { principal: compilePrincipalMatcher(statement.principal) } : {}),
    ...(statement.notPrincipal
      ? { notPrincipal: compileNotPrincipalMatcher(statement.notPrincipal, statement.effect) }
      : {}),
    conditions: statement.conditions.map((entry) =>
      compileCondition(entry, version === '2012-10-17' || version === '2008-10-17' ? version : undefined),
    ),
  };
}
