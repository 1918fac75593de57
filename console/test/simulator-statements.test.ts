// Finding the statement a simulation result names, in the policy documents the answer lists.
// `Statement` is one object or an array: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  policyLabel,
  statementJson,
  statementsOf,
  valueText,
} from '../src/pages/tools/simulator-statements.js';

const many = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Sid: 'B', Effect: 'Deny', Action: 's3:*', Resource: '*' },
  ],
});
const one = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Action: '*', Resource: '*' },
});
const policies = [
  { policyId: 'p1', policyType: 'identity', name: 'Many', document: many },
  { policyId: 'p2', policyType: 'identity', name: 'One', document: encodeURIComponent(one) },
];

describe('statementJson', () => {
  it('finds a statement by index in an array of statements', () => {
    assert.deepEqual(JSON.parse(statementJson(policies, 'p1', 1)!), {
      Sid: 'B',
      Effect: 'Deny',
      Action: 's3:*',
      Resource: '*',
    });
  });

  it('treats a single statement object as statement 0, also in a URL-encoded document', () => {
    assert.equal(statementsOf(one).length, 1);
    assert.deepEqual(JSON.parse(statementJson(policies, 'p2', 0)!), {
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
    });
  });

  it('answers undefined for an unknown policy or index, and nothing for a non-policy', () => {
    assert.equal(statementJson(policies, 'nope', 0), undefined);
    assert.equal(statementJson(policies, 'p1', 5), undefined);
    assert.deepEqual(statementsOf('not json'), []);
  });
});

describe('labels', () => {
  it('names a policy by its name, or its id when the answer does not list it', () => {
    assert.equal(policyLabel(policies, 'p1'), 'Many');
    assert.equal(policyLabel(policies, 'p9'), 'p9');
  });

  it('shows request values of every shape', () => {
    assert.equal(valueText(undefined), '(absent)');
    assert.equal(valueText(['a', 'b']), 'a, b');
    assert.equal(valueText(true), 'true');
    assert.equal(valueText('x'), 'x');
  });
});
