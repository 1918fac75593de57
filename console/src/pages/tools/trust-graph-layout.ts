/**
 * A layered layout for the trust graph: principals (users, groups, account roots, federated providers,
 * anyone) in the left column, roles in the middle (a role that another role may assume or pass is placed
 * one layer to the right of it), services in the right column. Within a column, nodes are ordered by the
 * mean position of their neighbours (the barycentre heuristic) to keep edges from crossing. Pure.
 */
import type { MergedEdge, MergedGraph, TrustNode } from './trust-graph-types.js';

export interface Placed {
  readonly node: TrustNode;
  readonly column: number;
  readonly row: number;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
}

export interface Layout {
  readonly placed: ReadonlyMap<string, Placed>;
  readonly columns: number;
  readonly width: number;
  readonly height: number;
}

export const NODE_WIDTH = 230;
export const NODE_HEIGHT = 40;
const COLUMN_GAP = 400;
const ROW_GAP = 64;
const MARGIN = 24;

/** Column of a role: 1 + the longest chain of roles that may assume or pass it (cycles broken). */
function roleLayers(roles: readonly string[], edges: readonly MergedEdge[]): Map<string, number> {
  const isRole = new Set(roles);
  const incoming = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.from === edge.to || !isRole.has(edge.from) || !isRole.has(edge.to)) continue;
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
  }
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (role: string): number => {
    const known = layer.get(role);
    if (known !== undefined) return known;
    visiting.add(role);
    let best = 0;
    for (const from of incoming.get(role) ?? []) {
      if (!visiting.has(from)) best = Math.max(best, depth(from) + 1); // an edge back into the path closes a cycle
    }
    visiting.delete(role);
    layer.set(role, best);
    return best;
  };
  for (const role of roles) depth(role);
  return layer;
}

function columnOf(node: TrustNode, roleLayer: ReadonlyMap<string, number>, serviceColumn: number): number {
  if (node.kind === 'role') return 1 + (roleLayer.get(node.id) ?? 0);
  if (node.kind === 'service') return serviceColumn;
  return 0;
}

function byAccountThenLabel(a: TrustNode, b: TrustNode): number {
  return (
    (a.account ?? '').localeCompare(b.account ?? '') ||
    a.label.localeCompare(b.label) ||
    a.id.localeCompare(b.id)
  );
}

/** Orders one column by the mean row of each node's neighbours in the `reference` columns. */
function reorder(
  column: TrustNode[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  rowOf: Map<string, number>,
  reference: (id: string) => boolean,
): void {
  const key = new Map<string, number>();
  column.forEach((node, index) => {
    const rows = (neighbours.get(node.id) ?? []).filter(reference).map((id) => rowOf.get(id) ?? 0);
    key.set(node.id, rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : index);
  });
  column.sort((a, b) => key.get(a.id)! - key.get(b.id)! || byAccountThenLabel(a, b));
  column.forEach((node, index) => rowOf.set(node.id, index));
}

export function layoutTrustGraph(graph: MergedGraph): Layout {
  const shown = new Set(graph.edges.flatMap((edge) => [edge.from, edge.to]));
  const nodes = graph.nodes.filter((node) => shown.has(node.id) || node.kind === 'role');
  const roles = nodes.filter((node) => node.kind === 'role').map((node) => node.id);
  const roleLayer = roleLayers(roles, graph.edges);
  const roleColumns = roles.length ? Math.max(...roles.map((id) => roleLayer.get(id) ?? 0)) + 1 : 1;
  const serviceColumn = 1 + roleColumns;
  const columns: TrustNode[][] = Array.from({ length: serviceColumn + 1 }, () => []);
  const colOf = new Map<string, number>();
  for (const node of [...nodes].sort(byAccountThenLabel)) {
    const column = columnOf(node, roleLayer, serviceColumn);
    colOf.set(node.id, column);
    columns[column]!.push(node);
  }
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const rowOf = new Map<string, number>();
  columns.forEach((column) => column.forEach((node, index) => rowOf.set(node.id, index)));
  // Two sweeps: left to right against the columns before, then right to left against the columns after.
  for (let c = 1; c < columns.length; c++) {
    reorder(columns[c]!, neighbours, rowOf, (id) => (colOf.get(id) ?? 0) < c);
  }
  for (let c = columns.length - 2; c >= 0; c--) {
    reorder(columns[c]!, neighbours, rowOf, (id) => (colOf.get(id) ?? 0) > c);
  }
  const used = columns.map((column, index) => ({ column, index })).filter(({ column }) => column.length > 0);
  const placed = new Map<string, Placed>();
  const tallest = Math.max(1, ...used.map(({ column }) => column.length));
  used.forEach(({ column }, position) => {
    const offset = ((tallest - column.length) * ROW_GAP) / 2; // centre shorter columns
    column.forEach((node, row) => {
      placed.set(node.id, {
        node,
        column: position,
        row,
        x: MARGIN + position * COLUMN_GAP,
        y: MARGIN + offset + row * ROW_GAP,
      });
    });
  });
  return {
    placed,
    columns: used.length,
    width: MARGIN * 2 + Math.max(0, used.length - 1) * COLUMN_GAP + NODE_WIDTH,
    height: MARGIN * 2 + (tallest - 1) * ROW_GAP + NODE_HEIGHT,
  };
}

/**
 * The SVG path of an edge between two placed nodes, and where its label goes. `lane` (0, 1, -1, ...)
 * spreads several edges between the same two nodes (an assume and a pass) so they do not overlap.
 */
export function edgePath(from: Placed, to: Placed, lane = 0): { d: string; labelX: number; labelY: number } {
  const fy = from.y + NODE_HEIGHT / 2 + lane * 8;
  const ty = to.y + NODE_HEIGHT / 2 + lane * 8;
  if (from.node.id === to.node.id) {
    const x = from.x + NODE_WIDTH;
    return {
      d: `M ${x} ${fy - 8} C ${x + 50} ${fy - 40}, ${x + 50} ${fy + 40}, ${x} ${fy + 8}`,
      labelX: x + 40,
      labelY: fy,
    };
  }
  if (from.column === to.column) {
    const x = from.x + NODE_WIDTH;
    const bulge = 40 + Math.abs(ty - fy) / 4;
    return {
      d: `M ${x} ${fy} C ${x + bulge} ${fy}, ${x + bulge} ${ty}, ${x} ${ty}`,
      labelX: x + bulge * 0.75,
      labelY: (fy + ty) / 2,
    };
  }
  const rightwards = from.column < to.column;
  const fx = rightwards ? from.x + NODE_WIDTH : from.x;
  const tx = rightwards ? to.x : to.x + NODE_WIDTH;
  const mid = (fx + tx) / 2;
  return { d: `M ${fx} ${fy} C ${mid} ${fy}, ${mid} ${ty}, ${tx} ${ty}`, labelX: mid, labelY: (fy + ty) / 2 };
}

/** A lane per edge: 0 for an edge alone between its two nodes, 0/1/-1/2... for several. */
export function edgeLanes(edges: readonly MergedEdge[]): number[] {
  const seen = new Map<string, number>();
  return edges.map((edge) => {
    const key = [edge.from, edge.to].sort().join(' ');
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    if (index === 0) return 0;
    return index % 2 === 1 ? (index + 1) / 2 : -index / 2;
  });
}
