/**
 * Background work of the Image Builder service, started with the server and stopped before the store
 * closes: the simulated builds (one phase per image every `buildStepMs`) and the lifecycle policies and
 * executions (checked at the same pace; each ENABLED policy runs every `lifecycleIntervalMs`).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/how-image-builder-works.html
 */
import type { Enforcer } from '../common/enforce/enforcer.js';
import type { Store } from '../../store/store.js';
import { BuildRunner } from './builds/build-runner.js';
import { DEFAULT_LIFECYCLE_INTERVAL_MS, LifecycleRunner } from './builds/lifecycle-runner.js';

/** The default pace of a simulated build: one image state per half second (about 3 s per image). */
export const DEFAULT_BUILD_STEP_MS = 500;

export interface JobDeps {
  readonly store: Store;
  readonly enforcer: Enforcer;
  readonly clock: () => Date;
  readonly log: (event: Record<string, unknown>) => void;
  /** Milliseconds between two build steps (default DEFAULT_BUILD_STEP_MS). */
  readonly buildStepMs?: number;
  /** Milliseconds between two runs of an ENABLED lifecycle policy (default one day). */
  readonly lifecycleIntervalMs?: number;
}

export interface Jobs {
  stop(): Promise<void>;
}

/** Starts the background jobs; stop() resolves once no job is running any more. */
export function startImageBuilderJobs(deps: JobDeps): Jobs {
  const stepMs = deps.buildStepMs ?? DEFAULT_BUILD_STEP_MS;
  const builds = new BuildRunner(deps, stepMs);
  const lifecycle = new LifecycleRunner(
    deps,
    stepMs,
    deps.lifecycleIntervalMs ?? DEFAULT_LIFECYCLE_INTERVAL_MS,
  );
  builds.start();
  lifecycle.start();
  return {
    async stop() {
      await Promise.all([builds.stop(), lifecycle.stop()]);
    },
  };
}
