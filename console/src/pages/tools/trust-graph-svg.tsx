/**
 * The merged trust graph drawn as SVG: principals on the left, roles in the middle, services on the
 * right; "may assume" edges solid, "may pass to a service" edges dashed with the service's name,
 * one-sided edges (only the trust policy, or only the identity policy, allows them) in grey; a legend.
 * Each node is coloured by account. The table below the drawing lists the same edges in words.
 */
import { edgeLanes, edgePath, layoutTrustGraph, NODE_HEIGHT, NODE_WIDTH } from './trust-graph-layout.js';
import type { MergedEdge, MergedGraph, TrustNode } from './trust-graph-types.js';

const PALETTE = ['#0972d3', '#8d6605', '#037f0c', '#9a35b5', '#c33d69', '#00796b'];
const KIND_ICON: Record<TrustNode['kind'], string> = {
  user: 'User',
  role: 'Role',
  group: 'Group',
  root: 'Account',
  account: 'Account',
  service: 'Service',
  federated: 'Federated',
  anyone: 'Anyone',
};

/** Arrow heads by colour (an SVG marker does not take the colour of the line that uses it). */
const ARROWS: Record<string, string> = {
  'tg-arrow': '#16191f',
  'tg-arrow-cross': '#c33d69',
  'tg-arrow-grey': '#8c8c94',
};

function arrowOf(edge: Pick<MergedEdge, 'status' | 'crossAccount'>): string {
  return edge.status !== 'effective' ? 'tg-arrow-grey' : edge.crossAccount ? 'tg-arrow-cross' : 'tg-arrow';
}

function edgeClass(edge: MergedEdge): string {
  return ['tg-edge', `tg-${edge.kind}`, `tg-${edge.status}`, edge.crossAccount ? 'tg-cross' : ''].join(' ');
}

/** `ec2.amazonaws.com` -> `ec2`: the edge's label (its title and the table give the full name). */
function serviceName(service: string | undefined): string {
  return service ? service.replace(/\.amazonaws\.com(\.cn)?$/, '') : 'pass';
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function TrustGraphSvg(props: { graph: MergedGraph }) {
  const layout = layoutTrustGraph(props.graph);
  const lanes = edgeLanes(props.graph.edges);
  const accounts = [...new Set(props.graph.nodes.map((node) => node.account ?? ''))].filter(Boolean).sort();
  const colour = (node: TrustNode) =>
    node.account ? PALETTE[accounts.indexOf(node.account) % PALETTE.length]! : '#5f6b7a';
  if (layout.placed.size === 0) return <p class="empty">No roles, and nobody who may assume or pass one.</p>;
  return (
    <div class="tg-frame">
      <svg
        class="tg-svg"
        role="img"
        aria-label="Trust graph: who may assume or pass which role"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <defs>
          {Object.entries(ARROWS).map(([id, fill]) => (
            <marker
              key={id}
              id={id}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={fill} />
            </marker>
          ))}
        </defs>
        {props.graph.edges.map((edge, index) => {
          const from = layout.placed.get(edge.from);
          const to = layout.placed.get(edge.to);
          if (!from || !to) return null;
          const path = edgePath(from, to, lanes[index] ?? 0);
          return (
            <g key={index} class={edgeClass(edge)}>
              <title>{`${from.node.label} ${edge.kind === 'pass' ? `may pass to ${edge.service ?? 'a service'}` : 'may assume'} ${to.node.label}: ${edge.details.join('; ')}`}</title>
              <path d={path.d} fill="none" marker-end={`url(#${arrowOf(edge)})`} />
              {edge.kind === 'pass' && (
                <text x={path.labelX} y={path.labelY - 4} text-anchor="middle" class="tg-edge-label">
                  {serviceName(edge.service)}
                </text>
              )}
            </g>
          );
        })}
        {[...layout.placed.values()].map((placed) => (
          <g
            key={placed.node.id}
            class={`tg-node tg-node-${placed.node.kind}`}
            transform={`translate(${placed.x} ${placed.y})`}
          >
            <title>{placed.node.id}</title>
            <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx="6" stroke={colour(placed.node)} />
            <text x="10" y="16" class="tg-kind" fill={colour(placed.node)}>
              {KIND_ICON[placed.node.kind]}
              {placed.node.account ? ` · ${placed.node.account}` : ''}
            </text>
            <text x="10" y="32" class="tg-label">
              {shorten(placed.node.label, 30)}
            </text>
          </g>
        ))}
      </svg>
      <Legend
        accounts={accounts}
        colour={(account) => PALETTE[accounts.indexOf(account) % PALETTE.length]!}
      />
    </div>
  );
}

function Legend(props: { accounts: readonly string[]; colour: (account: string) => string }) {
  const sample = (cls: string, label: string) => (
    <li>
      <svg width="46" height="12" aria-hidden="true">
        <g class={cls}>
          <path
            d="M 2 6 L 40 6"
            fill="none"
            marker-end={`url(#${arrowOf({ status: cls.includes('only') ? 'trust-only' : 'effective', crossAccount: cls.includes('cross') })})`}
          />
        </g>
      </svg>
      {label}
    </li>
  );
  return (
    <div class="tg-legend" aria-label="Legend">
      <strong>Legend</strong>
      <ul>
        {sample('tg-edge tg-assume tg-effective', 'may assume the role')}
        {sample(
          'tg-edge tg-assume tg-effective tg-cross',
          'may assume across accounts (trust and identity meet)',
        )}
        {sample('tg-edge tg-pass tg-effective', 'may pass the role to the service named on the edge')}
        {sample(
          'tg-edge tg-assume tg-trust-only',
          'trust policy only (the principal’s own side unknown or not allowed)',
        )}
        {sample(
          'tg-edge tg-assume tg-identity-only',
          'identity policy only (the role’s trust policy does not allow it)',
        )}
        {props.accounts.map((account) => (
          <li key={account}>
            <span class="tg-swatch" style={{ borderColor: props.colour(account) }} /> account {account}
          </li>
        ))}
      </ul>
    </div>
  );
}
