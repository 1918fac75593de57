/** EC2 Image Builder pages (placeholder until they are written). */
import type { NavEntry } from '../../nav.js';

export const imageBuilderNav: readonly NavEntry[] = [
  { path: 'imagebuilder/images', label: 'Images', group: 'EC2 Image Builder', render: () => <p>Images</p> },
];
