/** IAM pages (placeholder until they are written). */
import type { NavEntry } from '../../nav.js';

export const iamNav: readonly NavEntry[] = [
  { path: 'iam/roles', label: 'Roles', group: 'IAM', render: () => <p>Roles</p> },
];
