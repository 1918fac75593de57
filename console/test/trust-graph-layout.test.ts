// The trust graph's layered layout: principals left, roles middle, services right; a role that another
// role may assume sits to its right; nodes never overlap; neighbour order keeps edges from crossing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { edgeLanes, edgePath, layoutTrustGraph, NODE_WIDTH } from '../src/pages/tools/trust-graph-layout.js';
import type { MergedEdge, MergedGraph, TrustNode } from '../src/pages/tools/trust-graph-types.js';

const node = (id: string, kind: TrustNode['kind']): TrustNode => ({
  id,
  kind,
  label: id,
  account: '111111111111',
});
const edge = (from: string, to: string, kind: 'assume' | 'pass' = 'assume'): MergedEdge => ({
  from,
  to,
  kind,
  status: 'effective',
  crossAccount: false,
  details: [],
});

describe('layoutTrustGraph', () => {
  it('puts principals left of roles and roles left of services', () => {
    const graph: MergedGraph = {
      nodes: [node('u', 'user'), node('r', 'role'), node('s', 'service')],
      edges: [edge('u', 'r'), edge('s', 'r')],
    };
    const layout = layoutTrustGraph(graph);
    const x = (id: string) => layout.placed.get(id)!.x;
    assert.ok(x('u') < x('r'));
    assert.ok(x('r') < x('s'));
    assert.equal(layout.columns, 3);
  });

  it('places a role right of the role that may assume it, and survives cycles', () => {
    const graph: MergedGraph = {
      nodes: [node('r1', 'role'), node('r2', 'role'), node('r3', 'role')],
      edges: [edge('r1', 'r2'), edge('r2', 'r3'), edge('r3', 'r2')],
    };
    const layout = layoutTrustGraph(graph);
    const x = (id: string) => layout.placed.get(id)!.x;
    assert.ok(x('r1') < x('r2'));
    assert.equal(layout.placed.size, 3);
  });

  it('never places two nodes at the same position', () => {
    const nodes = [...Array(5)]
      .map((_, i) => node(`u${i}`, 'user'))
      .concat([...Array(4)].map((_, i) => node(`r${i}`, 'role')));
    const edges = [edge('u0', 'r1'), edge('u1', 'r3'), edge('u2', 'r0'), edge('u3', 'r2'), edge('u4', 'r1')];
    const layout = layoutTrustGraph({ nodes, edges });
    const spots = [...layout.placed.values()].map((p) => `${p.x},${p.y}`);
    assert.equal(new Set(spots).size, spots.length);
    for (const p of layout.placed.values()) {
      assert.ok(p.x + NODE_WIDTH <= layout.width && p.y <= layout.height);
    }
  });

  it('orders a column by its neighbours so that two separate pairs do not cross', () => {
    const graph: MergedGraph = {
      nodes: [node('u1', 'user'), node('u2', 'user'), node('rA', 'role'), node('rB', 'role')],
      edges: [edge('u1', 'rB'), edge('u2', 'rA')],
    };
    const layout = layoutTrustGraph(graph);
    const y = (id: string) => layout.placed.get(id)!.y;
    assert.equal(y('u1') < y('u2'), y('rB') < y('rA'));
  });

  it('leaves out principals without edges but keeps every role', () => {
    const layout = layoutTrustGraph({ nodes: [node('lonely', 'user'), node('r', 'role')], edges: [] });
    assert.equal(layout.placed.has('lonely'), false);
    assert.equal(layout.placed.has('r'), true);
  });
});

describe('edgePath', () => {
  it('runs from the right side of a left node to the left side of a right node, and back for services', () => {
    const layout = layoutTrustGraph({
      nodes: [node('u', 'user'), node('r', 'role'), node('s', 'service')],
      edges: [edge('u', 'r'), edge('s', 'r')],
    });
    const u = layout.placed.get('u')!;
    const r = layout.placed.get('r')!;
    const s = layout.placed.get('s')!;
    assert.match(edgePath(u, r).d, new RegExp(`^M ${u.x + NODE_WIDTH} `));
    assert.match(edgePath(s, r).d, new RegExp(`^M ${s.x} `));
    assert.match(edgePath(s, r).d, new RegExp(`${r.x + NODE_WIDTH} [\\d.]+$`));
  });
});

describe('edgeLanes', () => {
  it('spreads edges between the same two nodes over lanes 0, 1, -1 and leaves single edges on lane 0', () => {
    const edges = [edge('u', 'r'), edge('u', 'r', 'pass'), edge('x', 'r'), edge('r', 'u')];
    assert.deepEqual(edgeLanes(edges), [0, 1, 0, -1]);
  });
});
