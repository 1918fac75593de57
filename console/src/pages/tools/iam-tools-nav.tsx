/**
 * The policy simulator (`#/tools/simulator?policySourceArn=&action=&resource=&context=KEY=VALUE`) and the
 * trust graph (`#/tools/trust`), for the Tools group of the side bar.
 */
import type { NavEntry } from '../../nav.js';
import { SimulatorPage } from './simulator.js';
import { TrustGraphPage } from './trust-graph.js';

export const iamToolsNav: readonly NavEntry[] = [
  {
    path: 'tools/simulator',
    label: 'Policy simulator',
    group: 'Tools',
    render: (_rest, query) => <SimulatorPage query={query} />,
  },
  { path: 'tools/trust', label: 'Trust at a glance', group: 'Tools', render: () => <TrustGraphPage /> },
];
