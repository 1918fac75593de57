/** Tools: simulator, trust graph, doctor, decision log (placeholder until they are written). */
import type { NavEntry } from '../../nav.js';

export const toolsNav: readonly NavEntry[] = [];
