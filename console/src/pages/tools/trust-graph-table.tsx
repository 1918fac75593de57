/** The trust graph's edges as a table: the accessible, searchable twin of the drawing. */
import { Table } from '../../ui/basics.js';
import type { EdgeStatus, MergedEdge, MergedGraph } from './trust-graph-types.js';

const STATUS: Record<EdgeStatus, string> = {
  effective: 'Allowed',
  'trust-only': 'Trust policy only',
  'identity-only': 'Identity policy only',
};

export function TrustGraphTable(props: { graph: MergedGraph }) {
  const nodes = new Map(props.graph.nodes.map((node) => [node.id, node]));
  const name = (id: string) => {
    const node = nodes.get(id);
    return node
      ? `${node.label}${node.account && !node.label.includes(node.account) ? ` (${node.account})` : ''}`
      : id;
  };
  const rows = [...props.graph.edges].sort(
    (a, b) => a.to.localeCompare(b.to) || a.kind.localeCompare(b.kind) || a.from.localeCompare(b.from),
  );
  return (
    <Table<MergedEdge>
      rows={rows}
      empty="No edges."
      columns={[
        { title: 'Principal', cell: (edge) => <span title={edge.from}>{name(edge.from)}</span> },
        {
          title: 'May',
          cell: (edge) => (edge.kind === 'pass' ? `pass to ${edge.service ?? 'a service'}` : 'assume'),
        },
        { title: 'Role', cell: (edge) => <span title={edge.to}>{name(edge.to)}</span> },
        { title: 'Status', cell: (edge) => STATUS[edge.status] },
        { title: 'Cross-account', cell: (edge) => (edge.crossAccount ? 'yes' : 'no') },
        { title: 'Why', cell: (edge) => edge.details.map((detail) => <div key={detail}>{detail}</div>) },
      ]}
    />
  );
}
