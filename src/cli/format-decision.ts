/**
 * Human-readable rendering of a decision and, with --explain, of its statement-by-statement trace.
 */
import type { Decision, StatementRef, StatementTrace } from '../policy/authorize/types.js';
import type { ConditionTrace } from '../policy/condition/types.js';

function statementName(ref: StatementRef): string {
  const sid = ref.sid !== undefined && ref.sid !== '' ? ` (Sid ${ref.sid})` : '';
  return `${ref.policyType} policy ${ref.policyId} statement ${ref.statementIndex}${sid}`;
}

function formatCondition(c: ConditionTrace): string {
  const mark = c.matched ? 'matched' : 'failed';
  return `      ${mark}: ${c.operator} ${c.key}: ${c.reason}`;
}

function formatTraceEntry(t: StatementTrace): string[] {
  const head = `  ${t.matched ? 'MATCH' : 'no   '} ${statementName(t)} ${t.effect}: ${t.reason}`;
  // Conditions only matter once the action and resource matched.
  const relevant = t.actionMatched && t.resourceMatched;
  return relevant ? [head, ...t.conditions.map(formatCondition)] : [head];
}

export function formatDecision(decision: Decision, explain: boolean): string {
  const lines: string[] = [];
  const blocked = decision.blockedBy ? ` (blocked by ${decision.blockedBy})` : '';
  lines.push(`Decision: ${decision.decision}${blocked}`);
  if (decision.decidingStatements.length > 0) {
    lines.push('Deciding statements:');
    for (const ref of decision.decidingStatements) lines.push(`  ${statementName(ref)}: ${ref.effect}`);
  }
  if (decision.missingContextKeys.length > 0) {
    lines.push(`Context keys referenced but missing: ${decision.missingContextKeys.join(', ')}`);
  }
  for (const error of decision.errors) lines.push(`Error: ${error}`);
  if (explain && decision.trace) {
    lines.push('Trace:');
    for (const entry of decision.trace) lines.push(...formatTraceEntry(entry));
  }
  return lines.join('\n') + '\n';
}
