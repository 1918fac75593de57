// The live decision log: merging polls newest first with a cap, the server-side filters as a query, the
// simulator link of a denial. Contract: /work/briefs/console-api.md (ListDecisions).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decisionsQuery,
  denialSimulatorHref,
  isDenial,
  mergeNewest,
  statementText,
  visibleRows,
  type DecisionLogEntry,
} from '../src/pages/tools/decisions-feed.js';

const entry = (n: number, over: Partial<DecisionLogEntry> = {}): DecisionLogEntry => ({
  time: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
  requestId: `r${n}`,
  principal: 'arn:aws:iam::123456789012:user/alice',
  action: 'iam:ListRoles',
  resource: '*',
  decision: 'Allow',
  deciding: [],
  ...over,
});

describe('mergeNewest', () => {
  it('puts new entries (answered oldest first) on top, newest first', () => {
    const shown = mergeNewest([], [entry(1), entry(2)]);
    assert.deepEqual(
      shown.map((e) => e.requestId),
      ['r2', 'r1'],
    );
    assert.deepEqual(
      mergeNewest(shown, [entry(3), entry(4)]).map((e) => e.requestId),
      ['r4', 'r3', 'r2', 'r1'],
    );
  });

  it('keeps at most the cap, dropping the oldest', () => {
    const many = Array.from({ length: 30 }, (_, i) => entry(i));
    const shown = mergeNewest([], many, 10);
    assert.equal(shown.length, 10);
    assert.equal(shown[0]?.requestId, 'r29');
    assert.equal(shown[9]?.requestId, 'r20');
  });
});

describe('decisionsQuery', () => {
  it('reads the latest entries first, then polls after the cursor', () => {
    const filters = { principal: '', action: '', decision: 'All' as const };
    assert.deepEqual(decisionsQuery(filters), {
      limit: '200',
      principal: undefined,
      action: undefined,
      decision: undefined,
    });
    assert.equal(decisionsQuery(filters, '4096')['after'], '4096');
  });

  it('sends the filters to the server (Deny covers both kinds of denial there)', () => {
    const q = decisionsQuery({ principal: ' alice ', action: 'PassRole', decision: 'Deny' });
    assert.equal(q['principal'], 'alice');
    assert.equal(q['action'], 'PassRole');
    assert.equal(q['decision'], 'Deny');
  });
});

describe('rows', () => {
  it('treats explicit and implicit denials as denials', () => {
    assert.equal(isDenial(entry(1, { decision: 'ExplicitDeny' })), true);
    assert.equal(isDenial(entry(1, { decision: 'ImplicitDeny' })), true);
    assert.equal(isDenial(entry(1)), false);
  });

  it('writes a deciding statement with its policy, index, Sid and effect', () => {
    assert.equal(
      statementText({
        policy: 'arn:aws:iam::123456789012:policy/P',
        type: 'identity',
        statement: 2,
        sid: 'DenyAll',
        effect: 'Deny',
      }),
      'arn:aws:iam::123456789012:policy/P#2 (DenyAll) Deny',
    );
  });

  it('links a denial to the simulator with the role behind the session when it is known', () => {
    const denied = entry(1, {
      principal: 'arn:aws:sts::123456789012:assumed-role/Builder/i-1',
      action: 'imagebuilder:GetComponent',
      resource: 'arn:aws:imagebuilder:us-east-1:123456789012:component/c/1.0.0/1',
      decision: 'ImplicitDeny',
    });
    const known = new URLSearchParams(
      denialSimulatorHref(
        denied,
        '123456789012',
        new Map([['builder', 'arn:aws:iam::123456789012:role/Builder']]),
      ).split('?')[1],
    );
    assert.equal(known.get('policySourceArn'), 'arn:aws:iam::123456789012:role/Builder');
    const unknown = new URLSearchParams(denialSimulatorHref(denied, '123456789012', new Map()).split('?')[1]);
    assert.equal(unknown.get('policySourceArn'), null);
    assert.equal(unknown.get('action'), 'imagebuilder:GetComponent');
  });

  it("can hide the page's own reads of the log", () => {
    const rows = [entry(1, { action: 'cloudtrail:LookupEvents' }), entry(2)];
    assert.deepEqual(
      visibleRows(rows, true).map((e) => e.requestId),
      ['r2'],
    );
    assert.equal(visibleRows(rows, false).length, 2);
  });
});
