/**
 * Background work of the Image Builder service (simulated builds, lifecycle runs), started with the
 * server and stopped before the store closes.
 */
import type { Enforcer } from '../common/enforce/enforcer.js';
import type { Store } from '../../store/store.js';

export interface JobDeps {
  readonly store: Store;
  readonly enforcer: Enforcer;
  readonly clock: () => Date;
  readonly log: (event: Record<string, unknown>) => void;
}

export interface Jobs {
  stop(): Promise<void>;
}

/** Starts the background jobs; none are registered yet. */
export function startImageBuilderJobs(_deps: JobDeps): Jobs {
  return { stop: async () => {} };
}
