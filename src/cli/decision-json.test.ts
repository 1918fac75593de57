// The batch serializer must write exactly what JSON.parse(JSON.stringify(decision)) would give.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Decision } from '../policy/authorize/types.js';
import { decisionJson } from './decision-json.js';

it('writes the same object as JSON.stringify', () => {
  const decisions: Decision[] = [
    {
      decision: 'Allow',
      decidingStatements: [
        { policyId: 'p"1', policyType: 'identity', statementIndex: 0, sid: 'A', effect: 'Allow' },
      ],
      missingContextKeys: [],
      errors: [],
    },
    {
      decision: 'ImplicitDeny',
      decidingStatements: [],
      blockedBy: 'boundary',
      missingContextKeys: ['aws:username'],
      errors: ['bad'],
    },
  ];
  for (const d of decisions) assert.deepEqual(JSON.parse(decisionJson(d)), JSON.parse(JSON.stringify(d)));
});
