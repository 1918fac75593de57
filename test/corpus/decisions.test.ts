// Runs the golden decision corpus through the engine. Each case's expectation was written by hand from the
// AWS documentation page in its `source`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { authorize } from '../../src/policy/authorize/authorize.js';
import { compilePolicySet, type PolicyInput } from '../../src/policy/authorize/policy-set.js';
import type { AuthorizationRequest } from '../../src/policy/authorize/types.js';
import { policyFromJson } from '../../src/policy/document/parse.js';
import type { ValidationPolicyType } from '../../src/policy/validate/finding.js';
import { decisionFiles } from './load-corpus.js';
import type { CasePolicy, DecisionCase } from './schema.js';

function toInput(policy: CasePolicy, type: ValidationPolicyType, fallbackId: string): PolicyInput {
  const parsed = policyFromJson(policy.document, { type });
  const errors = parsed.findings.filter((f) => f.findingType === 'ERROR');
  assert.ok(parsed.document, `${fallbackId} does not parse: ${JSON.stringify(errors)}`);
  return { id: policy.id ?? fallbackId, document: parsed.document };
}

function run(testCase: DecisionCase) {
  const p = testCase.policies;
  const set = compilePolicySet({
    identity: (p.identity ?? []).map((x, i) => toInput(x, 'identity', `identity-${i}`)),
    ...(p.resource ? { resource: toInput(p.resource, 'resource', 'resource') } : {}),
    ...(p.trust ? { trust: toInput(p.trust, 'trust', 'trust') } : {}),
    ...(p.boundary ? { boundary: toInput(p.boundary, 'boundary', 'boundary') } : {}),
    ...(p.session ? { session: p.session.map((x, i) => toInput(x, 'session', `session-${i}`)) } : {}),
    scps: (p.scps ?? []).map((level, l) => level.map((x, i) => toInput(x, 'scp', `scp-${l}-${i}`))),
    rcps: (p.rcps ?? []).map((level, l) => level.map((x, i) => toInput(x, 'rcp', `rcp-${l}-${i}`))),
  });
  const r = testCase.request;
  const request: AuthorizationRequest = {
    principal: r.principal,
    action: r.action,
    resource: r.resource,
    ...(r.resourceAccount !== undefined ? { resourceAccount: r.resourceAccount } : {}),
    ...(r.resourceTags ? { resourceTags: r.resourceTags } : {}),
    ...(r.context ? { context: r.context } : {}),
    ...(r.now ? { now: new Date(r.now) } : {}),
  };
  return authorize(request, set, { trace: true });
}

for (const { file, cases } of decisionFiles()) {
  describe(`decision corpus: ${file}`, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const decision = run(testCase);
        const why = `${testCase.source}\n${JSON.stringify({ ...decision, trace: decision.trace?.filter((t) => t.actionMatched) }, null, 1)}`;
        const expect = testCase.expect;
        assert.equal(decision.decision, expect.decision, why);
        if (expect.blockedBy) assert.equal(decision.blockedBy, expect.blockedBy, why);
        for (const sid of expect.decidingSids ?? []) {
          assert.ok(
            decision.decidingStatements.some((s) => s.sid === sid),
            `Sid ${sid} should decide\n${why}`,
          );
        }
        for (const key of expect.missingContextKeys ?? []) {
          assert.ok(decision.missingContextKeys.includes(key), `${key} should be reported missing\n${why}`);
        }
      });
    }
  });
}
