/**
 * Whether a statement whose Action already covers the request applies to it: Resource/NotResource,
 * Principal/NotPrincipal and every Condition entry (entries AND together).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { ContextReader } from '../condition/types.js';
import type { PrincipalFacts } from '../context/principal-facts.js';
import type { PrincipalMatch } from '../match/principal.js';
import type { ResourceView } from '../match/resource.js';
import type { CompiledStatement } from './compiled-statement.js';

/** What a request brings to statement matching. */
export interface MatchInput {
  readonly resource: ResourceView;
  readonly ctx: ContextReader;
  readonly facts: PrincipalFacts;
  readonly hasBoundary: boolean;
  /** Receives the lower-cased keys that conditions referenced but the request lacked (created on first use). */
  missingKeys: Set<string> | undefined;
  /** Receives evaluation errors (created on first use). */
  errors: string[] | undefined;
}

export function resourceApplies(statement: CompiledStatement, input: MatchInput): boolean {
  const resource = statement.resource;
  if (!resource) return true;
  const matched = resource(input.resource, input.ctx);
  for (const key of resource.variableKeys) {
    if (input.ctx.get(key) === undefined) (input.missingKeys ??= new Set()).add(key);
  }
  return statement.notResource ? !matched : matched;
}

/** How the statement's Principal names the caller ('direct' when the statement has no Principal element). */
export function principalApplies(statement: CompiledStatement, input: MatchInput): PrincipalMatch {
  if (statement.principal) return statement.principal(input.facts);
  if (statement.notPrincipal)
    return statement.notPrincipal(input.facts, input.hasBoundary) ? 'direct' : 'none';
  return 'direct';
}

export function conditionsApply(statement: CompiledStatement, input: MatchInput): boolean {
  const conditions = statement.conditions;
  let all = true;
  for (let i = 0; i < conditions.length; i++) {
    const condition = conditions[i]!;
    if (input.ctx.get(condition.lowerKey) === undefined && condition.operator !== 'Null') {
      (input.missingKeys ??= new Set()).add(condition.lowerKey);
    }
    for (const key of condition.variableKeys) {
      if (input.ctx.get(key) === undefined) (input.missingKeys ??= new Set()).add(key);
    }
    if (condition.invalid) {
      (input.errors ??= []).push(
        `${statement.ref.policyId} statement ${statement.ref.statementIndex}: condition ${condition.operator} on ${condition.key} cannot be evaluated`,
      );
    }
    if (all && !condition.matches(input.ctx)) all = false;
  }
  return all;
}

/** The way the statement applies to the request, or 'none'. */
export function statementApplies(statement: CompiledStatement, input: MatchInput): PrincipalMatch {
  if (!resourceApplies(statement, input)) return 'none';
  const principal = principalApplies(statement, input);
  if (principal === 'none') return 'none';
  return conditionsApply(statement, input) ? principal : 'none';
}
