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

it('reuses lines only for decisions that serialize the same', () => {
  const ref = { policyId: 'p', policyType: 'identity', statementIndex: 0, effect: 'Allow' } as const;
  const allow: Decision = {
    decision: 'Allow',
    decidingStatements: [ref],
    missingContextKeys: [],
    errors: [],
  };
  const missing: Decision = { ...allow, missingContextKeys: ['aws:username'] };
  const boundary: Decision = {
    decision: 'ImplicitDeny',
    decidingStatements: [],
    blockedBy: 'boundary',
    missingContextKeys: [],
    errors: [],
  };
  const identity: Decision = { ...boundary, blockedBy: 'identity' };
  for (const d of [allow, missing, allow, boundary, identity, boundary, missing]) {
    assert.deepEqual(JSON.parse(decisionJson(d)), JSON.parse(JSON.stringify(d)));
  }
});
