/**
 * The full trace of a decision: for every statement of every policy in the set, whether its action,
 * resource, principal and each condition matched, with the condition values after variable resolution.
 */
import type { CompiledPolicy } from '../evaluate/compiled-policy.js';
import type { CompiledStatement } from '../evaluate/compiled-statement.js';
import { principalApplies, resourceApplies, type MatchInput } from '../evaluate/statement-applies.js';
import type { PolicySet } from './policy-set.js';
import type { AuthorizationRequest, StatementTrace } from './types.js';

const ordered = new WeakMap<PolicySet, readonly CompiledPolicy[]>();

/** Every policy of the set in the order traces list them (computed once per set). */
function allPolicies(set: PolicySet): readonly CompiledPolicy[] {
  let list = ordered.get(set);
  if (list === undefined) {
    list = [
      ...set.scps.flat(),
      ...set.rcps.flat(),
      ...(set.trust ? [set.trust] : []),
      ...(set.resource ? [set.resource] : []),
      ...set.identity,
      ...(set.boundary ? [set.boundary] : []),
      ...(set.session ?? []),
    ];
    ordered.set(set, list);
  }
  return list;
}

function traceStatement(
  statement: CompiledStatement,
  action: string,
  lowerAction: string,
  input: MatchInput,
): StatementTrace {
  const actionMatched = statement.coversAction(lowerAction);
  const resourceMatched = resourceApplies(statement, input);
  const hasPrincipal = statement.principal !== undefined || statement.notPrincipal !== undefined;
  const principalMatched = principalApplies(statement, input) !== 'none';
  const compiled = statement.conditions;
  const conditions = new Array<StatementTrace['conditions'][number]>(compiled.length);
  let failed: StatementTrace['conditions'][number] | undefined;
  for (let i = 0; i < compiled.length; i++) {
    const explained = compiled[i]!.explain(input.ctx);
    conditions[i] = explained;
    if (failed === undefined && !explained.matched) failed = explained;
  }
  const matched = actionMatched && resourceMatched && principalMatched && !failed;
  const element = (name: string, negated: boolean) => (negated ? `Not${name}` : name);
  let reason: string;
  if (!actionMatched)
    reason = `${element('Action', statement.source.notAction !== undefined)} does not cover ${action}`;
  else if (!resourceMatched)
    reason = `${element('Resource', statement.notResource)} does not cover ${input.resource.text}`;
  else if (!principalMatched)
    reason = `${element('Principal', statement.notPrincipal !== undefined)} does not apply to ${input.facts.arn}`;
  else if (failed) reason = `condition ${failed.operator} on ${failed.key} is false: ${failed.reason}`;
  else reason = `every element matched: the statement ${statement.deny ? 'denies' : 'allows'} the request`;
  const ref = statement.ref;
  const trace: StatementTrace = {
    policyId: ref.policyId,
    policyType: ref.policyType,
    statementIndex: ref.statementIndex,
    effect: ref.effect,
    actionMatched,
    resourceMatched,
    conditions,
    matched,
    reason,
  };
  // Optional members are assigned rather than spread: spreading objects is slow on this path.
  const mutable = trace as { sid?: string; principalMatched?: boolean };
  if (ref.sid !== undefined) mutable.sid = ref.sid;
  if (hasPrincipal) mutable.principalMatched = principalMatched;
  return trace;
}

export function traceStatements(
  request: AuthorizationRequest,
  set: PolicySet,
  input: MatchInput,
): StatementTrace[] {
  const lowerAction = request.action.toLowerCase();
  const traces: StatementTrace[] = [];
  // Plain loops: this runs for every statement of every traced request.
  for (const policy of allPolicies(set)) {
    const statements = policy.statements;
    for (let i = 0; i < statements.length; i++) {
      traces.push(traceStatement(statements[i]!, request.action, lowerAction, input));
    }
  }
  return traces;
}
