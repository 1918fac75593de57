// Merging the trust graphs of several accounts: a cross-account assume needs the role's trust policy
// (one account's `trust` edge) and the principal's own identity policy (the other account's `identity`
// edge). https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-cross-account-resource-access.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accountOf, mergeTrustGraphs, nodeFromId, rolesToAsk } from '../src/pages/tools/trust-graph-merge.js';
import type { MergedEdge, TrustGraph } from '../src/pages/tools/trust-graph-types.js';

const A = '111111111111';
const B = '222222222222';
const C = '333333333333';
const roleA = `arn:aws:iam::${A}:role/Deploy`;
const userB = `arn:aws:iam::${B}:user/alice`;
const roleB = `arn:aws:iam::${B}:role/Builder`;
const rootB = `arn:aws:iam::${B}:root`;

function graphA(trustFrom: string, kind: 'root' | 'role' | 'anyone' = 'root', account = B): TrustGraph {
  return {
    account: A,
    nodes: [
      { id: roleA, kind: 'role', account: A, label: 'Deploy' },
      { id: trustFrom, kind, ...(kind === 'anyone' ? {} : { account }), label: trustFrom },
    ],
    edges: [
      {
        from: trustFrom,
        to: roleA,
        kind: 'assume',
        side: 'trust',
        detail: 'Deploy trust policy, statement 0',
      },
    ],
  };
}

const graphB: TrustGraph = {
  account: B,
  nodes: [
    { id: userB, kind: 'user', account: B, label: 'alice' },
    { id: roleB, kind: 'role', account: B, label: 'Builder' },
  ],
  edges: [
    { from: userB, to: roleA, kind: 'assume', side: 'identity', detail: 'alice: AssumeDeploy, statement 0' },
    { from: roleB, to: roleA, kind: 'assume', side: 'identity', detail: 'Builder: inline, statement 1' },
  ],
};

const find = (edges: readonly MergedEdge[], from: string, status?: string) =>
  edges.filter((e) => e.from === from && (status === undefined || e.status === status));

describe('mergeTrustGraphs', () => {
  it('draws a cross-account edge where a trust edge naming the account root meets identity edges', () => {
    const merged = mergeTrustGraphs([graphA(rootB), graphB]);
    const alice = find(merged.edges, userB);
    assert.equal(alice.length, 1);
    assert.equal(alice[0]!.status, 'effective');
    assert.equal(alice[0]!.crossAccount, true);
    assert.equal(alice[0]!.to, roleA);
    assert.deepEqual(alice[0]!.details, [
      'Deploy trust policy, statement 0',
      'alice: AssumeDeploy, statement 0',
    ]);
    assert.equal(find(merged.edges, roleB, 'effective').length, 1);
    // The account root's trust edge is resolved by the principals of B: no one-sided edge is left.
    assert.deepEqual(find(merged.edges, rootB), []);
    assert.equal(merged.edges.filter((e) => e.status === 'identity-only').length, 0);
  });

  it('only the named principal gets the edge when the trust policy names a role, not the account', () => {
    const merged = mergeTrustGraphs([graphA(roleB, 'role'), graphB]);
    assert.equal(find(merged.edges, roleB, 'effective').length, 1);
    assert.deepEqual(find(merged.edges, userB, 'effective'), []);
    assert.equal(find(merged.edges, userB, 'identity-only').length, 1);
  });

  it('keeps a trust edge as trust-only when nobody of the trusted account may assume the role', () => {
    const merged = mergeTrustGraphs([graphA(rootB), { account: B, nodes: [], edges: [] }]);
    const edges = find(merged.edges, rootB);
    assert.equal(edges.length, 1);
    assert.equal(edges[0]!.status, 'trust-only');
  });

  it('keeps a trust edge as trust-only for an account without a session', () => {
    const rootC = `arn:aws:iam::${C}:root`;
    const merged = mergeTrustGraphs([graphA(rootC, 'root', C)]);
    assert.equal(find(merged.edges, rootC, 'trust-only').length, 1);
    assert.equal(merged.nodes.find((n) => n.id === rootC)?.kind, 'root');
  });

  it('treats a service principal in a trust policy as able to assume the role', () => {
    const graph: TrustGraph = {
      account: A,
      nodes: [
        { id: roleA, kind: 'role', account: A, label: 'Deploy' },
        { id: 'service:ec2.amazonaws.com', kind: 'service', label: 'ec2.amazonaws.com' },
      ],
      edges: [
        { from: 'service:ec2.amazonaws.com', to: roleA, kind: 'assume', side: 'trust', detail: 'trust' },
      ],
    };
    const [edge] = mergeTrustGraphs([graph]).edges;
    assert.equal(edge?.status, 'effective');
    assert.equal(edge?.crossAccount, false);
  });

  it('keeps same-account and pass edges as they are', () => {
    const userA = `arn:aws:iam::${A}:user/bob`;
    const graph: TrustGraph = {
      account: A,
      nodes: [
        { id: roleA, kind: 'role', account: A, label: 'Deploy' },
        { id: userA, kind: 'user', account: A, label: 'bob' },
      ],
      edges: [
        { from: userA, to: roleA, kind: 'assume', side: 'both', detail: 'both' },
        {
          from: userA,
          to: roleA,
          kind: 'pass',
          service: 'ec2.amazonaws.com',
          side: 'identity',
          detail: 'PassRole',
        },
      ],
    };
    const merged = mergeTrustGraphs([graph]);
    assert.equal(merged.edges.length, 2);
    assert.ok(merged.edges.every((e) => e.status === 'effective' && !e.crossAccount));
    assert.equal(merged.edges.find((e) => e.kind === 'pass')?.service, 'ec2.amazonaws.com');
  });

  it('matches every account for a trust policy that allows anyone, and keeps the anyone edge', () => {
    const merged = mergeTrustGraphs([graphA('*', 'anyone'), graphB]);
    assert.equal(find(merged.edges, userB, 'effective').length, 1);
    assert.equal(find(merged.edges, '*', 'trust-only').length, 1);
  });

  it('uses the first answer of an account and adds nodes for ids no answer described', () => {
    const merged = mergeTrustGraphs([graphA(rootB), { ...graphA(rootB), edges: [] }]);
    assert.equal(merged.edges.length, 1);
    assert.deepEqual(nodeFromId(`arn:aws:iam::${C}:role/path/Other`), {
      id: `arn:aws:iam::${C}:role/path/Other`,
      kind: 'role',
      label: 'Other',
      account: C,
    });
  });
});

describe('rolesToAsk', () => {
  it('asks an account about the roles of other accounts that trust it, its root, or anyone', () => {
    assert.deepEqual(rolesToAsk([graphA(rootB), graphB], B), [roleA]);
    assert.deepEqual(rolesToAsk([graphA(rootB), graphB], C), []);
    assert.deepEqual(rolesToAsk([graphA('*', 'anyone')], C), [roleA]);
    assert.deepEqual(rolesToAsk([graphA(rootB)], A), []);
  });
});

describe('accountOf', () => {
  it('reads the account of an ARN or a bare account id', () => {
    assert.equal(accountOf(roleA), A);
    assert.equal(accountOf(B), B);
    assert.equal(accountOf('service:ec2.amazonaws.com'), undefined);
    assert.equal(accountOf('arn:aws:iam::aws:policy/X'), undefined);
  });
});
