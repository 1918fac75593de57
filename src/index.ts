/** The ibiam package's entry point: the policy engine library (see ./policy/index.ts). */
export * from './policy/index.js';
