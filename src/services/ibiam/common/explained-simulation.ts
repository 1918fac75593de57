/**
 * A simulation explained for the web console: for each action on each resource, the engine's decision
 * (run with a trace of every statement, as `ibiam policy simulate --explain` does), the deciding
 * statements, the context keys the request lacked (spelled as the policies write them), evaluation
 * problems, every statement's trace with its conditions, and a summary sentence; plus every policy that
 * took part (engine id, type, name, document text) so that a trace entry can be shown in its document.
 * Statement indexes count from 0, as the engine's (the position in the document's Statement list).
 */
import type { PolicyInput } from '../../../policy/authorize/policy-set.js';
import type { Decision, PolicyType, StatementRef, StatementTrace } from '../../../policy/authorize/types.js';
import type { ConditionTrace } from '../../../policy/condition/types.js';
import { printPolicy } from '../../../policy/document/print.js';
import type { ResultStruct } from '../../common/operation.js';
import { Simulation, type SimulationRequest } from '../../iam/common/simulation-evaluate.js';
import { decisionSummary } from './decision-summary.js';

const refShape = (ref: StatementRef): ResultStruct => ({
  policyId: ref.policyId,
  policyType: ref.policyType,
  statementIndex: ref.statementIndex,
  sid: ref.sid,
  effect: ref.effect,
});

const conditionShape = (c: ConditionTrace): ResultStruct => ({
  operator: c.operator,
  key: c.key,
  policyValues: c.policyValues,
  requestValue: c.requestValue,
  matched: c.matched,
  reason: c.reason,
  errors: c.errors && c.errors.length > 0 ? c.errors : undefined,
});

const traceShape = (t: StatementTrace): ResultStruct => ({
  ...refShape(t),
  actionMatched: t.actionMatched,
  resourceMatched: t.resourceMatched,
  principalMatched: t.principalMatched,
  matched: t.matched,
  reason: t.reason,
  conditions: t.conditions.map(conditionShape),
});

/** Every policy of the request with its type, once each, in the order the engine lists them. */
function policiesOf(request: SimulationRequest): { type: PolicyType; policy: PolicyInput }[] {
  const p = request.policies;
  const all: { type: PolicyType; policy: PolicyInput }[] = [
    ...(p.scps ?? []).flat().map((policy) => ({ type: 'scp' as const, policy })),
    ...(p.rcps ?? []).flat().map((policy) => ({ type: 'rcp' as const, policy })),
    ...(p.trust ? [{ type: 'trust' as const, policy: p.trust }] : []),
    ...(p.resource ? [{ type: 'resource' as const, policy: p.resource }] : []),
    ...(p.identity ?? []).map((policy) => ({ type: 'identity' as const, policy })),
    ...(p.boundary ? [{ type: 'boundary' as const, policy: p.boundary }] : []),
    ...(p.session ?? []).map((policy) => ({ type: 'session' as const, policy })),
  ];
  const seen = new Set<string>();
  return all.filter(({ type, policy }) => {
    const key = `${type}\u0000${policy.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A policy's name when it was not registered: the inline policy's or managed policy's name. */
const fallbackName = (id: string) => id.slice(Math.max(id.lastIndexOf('#'), id.lastIndexOf('/')) + 1);

export function explainSimulation(request: SimulationRequest): ResultStruct {
  const sources = request.sources;
  const name = (policyId: string) => sources.source(policyId)?.name ?? fallbackName(policyId);
  const written = new Map(sources.contextKeys().map((k) => [k.toLowerCase(), k]));
  const simulation = new Simulation(request);
  const resources = request.resources && request.resources.length > 0 ? request.resources : ['*'];
  const results: ResultStruct[] = [];
  for (const action of request.actions) {
    for (const resource of resources) {
      const decision: Decision = simulation.decide(action, resource, true);
      const missing = decision.missingContextKeys.map((k) => written.get(k) ?? k);
      results.push({
        action,
        resource,
        decision: decision.decision,
        blockedBy: decision.decision === 'Allow' ? undefined : decision.blockedBy,
        decidingStatements: decision.decidingStatements.map(refShape),
        missingContextKeys: missing,
        errors: decision.errors,
        trace: (decision.trace ?? []).map(traceShape),
        summary: decisionSummary(action, resource, decision, missing, name),
      });
    }
  }
  return {
    results,
    policies: policiesOf(request).map(({ type, policy }) => ({
      policyId: policy.id,
      policyType: type,
      name: name(policy.id),
      document: sources.source(policy.id)?.text ?? printPolicy(policy.document),
    })),
  };
}
