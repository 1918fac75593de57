/**
 * Fast JSON for batch decisions: the same object JSON.stringify would write (without a trace), built
 * from pieces. Statement refs are objects shared by every decision they decide, so the JSON of a
 * decision without missing keys or errors and with at most one deciding statement (most decisions in a
 * batch) is built once per ref and reused as one flat string.
 */
import type { Decision, StatementRef } from '../policy/authorize/types.js';

const refJson = new WeakMap<StatementRef, string>();
/** Whole-line JSON of the common decisions: by their single deciding ref, or by decision and layer. */
interface CachedLine {
  readonly decision: Decision['decision'];
  readonly blockedBy: Decision['blockedBy'];
  readonly json: string;
}
const byRef = new WeakMap<StatementRef, CachedLine>();
const withoutRef = new Map<string, Map<string, string>>();

function statementJson(ref: StatementRef): string {
  let json = refJson.get(ref);
  if (json === undefined) {
    json = JSON.stringify(ref);
    refJson.set(ref, json);
  }
  return json;
}

function build(decision: Decision): string {
  let refs = '';
  const deciding = decision.decidingStatements;
  for (let i = 0; i < deciding.length; i++) refs += (i > 0 ? ',' : '') + statementJson(deciding[i]!);
  const missing = decision.missingContextKeys.length > 0 ? JSON.stringify(decision.missingContextKeys) : '[]';
  const errors = decision.errors.length > 0 ? JSON.stringify(decision.errors) : '[]';
  const blocked = decision.blockedBy ? `,"blockedBy":"${decision.blockedBy}"` : '';
  return `{"decision":"${decision.decision}","decidingStatements":[${refs}],"missingContextKeys":${missing},"errors":${errors}${blocked}}`;
}

/** A flat copy of a string built by concatenation, so that later writes need not flatten it again. */
function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

export function decisionJson(decision: Decision): string {
  if (decision.trace) return JSON.stringify(decision);
  if (decision.missingContextKeys.length > 0 || decision.errors.length > 0) return build(decision);
  const deciding = decision.decidingStatements;
  if (deciding.length > 1) return build(decision);
  if (deciding.length === 1) {
    const ref = deciding[0]!;
    let line = byRef.get(ref);
    if (line === undefined || line.decision !== decision.decision || line.blockedBy !== decision.blockedBy) {
      line = { decision: decision.decision, blockedBy: decision.blockedBy, json: flat(build(decision)) };
      byRef.set(ref, line);
    }
    return line.json;
  }
  let layers = withoutRef.get(decision.decision);
  if (layers === undefined) withoutRef.set(decision.decision, (layers = new Map()));
  const layer = decision.blockedBy ?? '';
  let json = layers.get(layer);
  if (json === undefined) {
    json = flat(build(decision));
    layers.set(layer, json);
  }
  return json;
}
