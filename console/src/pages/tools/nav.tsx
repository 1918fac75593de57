/** Tools: the simulator and the trust graph (iam-tools-nav.tsx), the doctor and the decision log (other-tools-nav.tsx). */
import { iamToolsNav } from './iam-tools-nav.js';
import { otherToolsNav } from './other-tools-nav.js';

export const toolsNav = [...iamToolsNav, ...otherToolsNav];
