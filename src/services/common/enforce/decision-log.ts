/**
 * The decision log: every authorization decision as one JSON object (time, request id, principal,
 * action, resource, decision, the layer that blocked it, the deciding statements). This is how a user
 * finds out which permission a script is missing (`ibiam decisions --denied`).
 */
import type { Decision } from '../../../policy/authorize/types.js';

export interface DecisionLogEntry {
  readonly time: string;
  readonly requestId: string;
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly decision: Decision['decision'];
  readonly blockedBy?: string;
  readonly deciding: readonly {
    policy: string;
    type: string;
    statement: number;
    sid?: string;
    effect: string;
  }[];
  readonly missingContextKeys?: readonly string[];
}

export interface DecisionLog {
  record(entry: DecisionLogEntry): void;
}

export function toLogEntry(
  requestId: string,
  principal: string,
  action: string,
  resource: string,
  decision: Decision,
  now: Date,
): DecisionLogEntry {
  return {
    time: now.toISOString(),
    requestId,
    principal,
    action,
    resource,
    decision: decision.decision,
    ...(decision.blockedBy ? { blockedBy: decision.blockedBy } : {}),
    deciding: decision.decidingStatements.map((s) => ({
      policy: s.policyId,
      type: s.policyType,
      statement: s.statementIndex,
      ...(s.sid !== undefined ? { sid: s.sid } : {}),
      effect: s.effect,
    })),
    ...(decision.missingContextKeys.length > 0 ? { missingContextKeys: decision.missingContextKeys } : {}),
  };
}

/** A log that keeps nothing (for tests and library use). */
export const noDecisionLog: DecisionLog = { record: () => {} };
