// Properties of the decision flow that hold for every policy and request, checked with fast-check over
// generated policies. They restate rules of the IAM evaluation logic page:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { authorize } from '../../src/policy/authorize/authorize.js';
import { compilePolicySet, type PolicySetInput } from '../../src/policy/authorize/policy-set.js';
import type { AuthorizationRequest } from '../../src/policy/authorize/types.js';
import { request, statements, toPolicy, type JsonStatement } from './arbitraries.js';

const RUNS = { numRuns: 400 };
const decide = (r: AuthorizationRequest, input: PolicySetInput) =>
  authorize(r, compilePolicySet(input)).decision;
const identity = (...lists: JsonStatement[][]) => lists.map((list, i) => toPolicy(`p${i}`, list));

describe('engine properties', () => {
  it('an applicable explicit deny always wins', () => {
    fc.assert(
      fc.property(request, statements(), statements(), (r, a, b) => {
        const deny: JsonStatement = { Effect: 'Deny', Action: r.action, Resource: '*' };
        assert.equal(decide(r, { identity: identity(a, [...b, deny]) }), 'ExplicitDeny');
      }),
      RUNS,
    );
  });

  it('the order of statements and of policies never matters', () => {
    fc.assert(
      fc.property(request, statements(), statements(), (r, a, b) => {
        const forward = decide(r, { identity: identity(a, b) });
        const backward = decide(r, { identity: identity([...b].reverse(), [...a].reverse()) });
        assert.equal(backward, forward);
      }),
      RUNS,
    );
  });

  it('adding an Allow never turns an Allow into a denial', () => {
    fc.assert(
      fc.property(request, statements(), statements('Allow'), (r, a, extra) => {
        fc.pre(decide(r, { identity: identity(a) }) === 'Allow');
        assert.equal(decide(r, { identity: identity(a, extra) }), 'Allow');
      }),
      RUNS,
    );
  });

  for (const limit of ['boundary', 'session', 'scp'] as const) {
    it(`a ${limit} policy never widens access`, () => {
      fc.assert(
        fc.property(request, statements(), statements(), (r, a, limiting) => {
          const base: PolicySetInput = { identity: identity(a) };
          const policy = toPolicy(limit, limiting);
          const limited: PolicySetInput =
            limit === 'boundary'
              ? { ...base, boundary: policy }
              : limit === 'session'
                ? { ...base, session: [policy] }
                : { ...base, scps: [[policy]] };
          if (decide(r, limited) === 'Allow') assert.equal(decide(r, base), 'Allow');
        }),
        RUNS,
      );
    });
  }
});
