/**
 * Fast JSON for batch decisions: the same object JSON.stringify would write (without a trace), built
 * from pieces, with each deciding statement's JSON computed once (statement refs are shared objects).
 */
import type { Decision, StatementRef } from '../policy/authorize/types.js';

const refJson = new WeakMap<StatementRef, string>();

function statementJson(ref: StatementRef): string {
  let json = refJson.get(ref);
  if (json === undefined) {
    json = JSON.stringify(ref);
    refJson.set(ref, json);
  }
  return json;
}

export function decisionJson(decision: Decision): string {
  if (decision.trace) return JSON.stringify(decision);
  let refs = '';
  const deciding = decision.decidingStatements;
  for (let i = 0; i < deciding.length; i++) refs += (i > 0 ? ',' : '') + statementJson(deciding[i]!);
  const missing = decision.missingContextKeys.length > 0 ? JSON.stringify(decision.missingContextKeys) : '[]';
  const errors = decision.errors.length > 0 ? JSON.stringify(decision.errors) : '[]';
  const blocked = decision.blockedBy ? `,"blockedBy":"${decision.blockedBy}"` : '';
  return `{"decision":"${decision.decision}","decidingStatements":[${refs}],"missingContextKeys":${missing},"errors":${errors}${blocked}}`;
}
