/**
 * The doctor and the decision log, for the Tools group of the side bar (pages/tools/nav.tsx combines
 * them with the simulator and the trust graph).
 */
import type { NavEntry } from '../../nav.js';
import { DecisionsPage } from './decisions.js';
import { DoctorPage } from './doctor.js';

export const otherToolsNav: readonly NavEntry[] = [
  { path: 'tools/doctor', label: 'Doctor', group: 'Tools', render: () => <DoctorPage /> },
  {
    path: 'tools/decisions',
    label: 'Decision log',
    group: 'Tools',
    render: (_rest, query) => <DecisionsPage query={query} />,
  },
];
