/**
 * Evaluates one layer (a policy type: identity policies, the boundary, one SCP level, ...) against a
 * request: the Allow and Deny statements that apply, and the strongest way an Allow named the caller.
 */
import type { PrincipalMatch } from '../match/principal.js';
import { strongerMatch } from '../match/principal.js';
import type { CompiledPolicy } from './compiled-policy.js';
import type { CompiledStatement } from './compiled-statement.js';
import { statementApplies, type MatchInput } from './statement-applies.js';

export interface LayerOutcome {
  readonly allows: CompiledStatement[];
  readonly denies: CompiledStatement[];
  /** For resource and trust policies: how the applying Allows named the caller. */
  strongestAllow: PrincipalMatch;
}

export function evaluateLayer(
  policies: readonly CompiledPolicy[],
  lowerAction: string,
  input: MatchInput,
): LayerOutcome {
  const outcome: LayerOutcome = { allows: [], denies: [], strongestAllow: 'none' };
  for (const policy of policies) {
    const statements = policy.statementsFor(lowerAction);
    for (let i = 0; i < statements.length; i++) {
      const statement = statements[i]!;
      const match = statementApplies(statement, input);
      if (match === 'none') continue;
      if (statement.deny) outcome.denies.push(statement);
      else {
        outcome.allows.push(statement);
        outcome.strongestAllow = strongerMatch(outcome.strongestAllow, match);
      }
    }
  }
  return outcome;
}
