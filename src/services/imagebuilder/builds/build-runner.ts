/**
 * The simulated builds: every tick, each image still in progress (found through the build requests of
 * every account) advances by one phase, in its own write transaction: the phase's requests are
 * authorized, and the image moves to the next state, or to FAILED with a reason naming the step, the
 * principal, the action, the resource and what is missing (the refused request is kept as data too,
 * see build-outcome). An image found CANCELLED (CancelImageCreation) or deleted between two steps stops
 * there. The state lives in the store, so after a restart the builds resume where they were; a step
 * that breaks unexpectedly fails its image cleanly instead of looping.
 * When several nodes share the store, each image is advanced by the node holding its lease (taken or
 * renewed before every step, released when the build ends or the node stops); when a node dies, its
 * leases expire and another node resumes its builds from the stored state.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-image-states.html
 */
import { randomUUID } from 'node:crypto';
import { listAccounts } from '../../common/accounts.js';
import type { Enforcer } from '../../common/enforce/enforcer.js';
import type { Store, StoreTx } from '../../../store/store.js';
import type { ApiObject } from '../common/image-api-values.js';
import { getBuildRequest, listBuildRequests } from '../common/image-build-request.js';
import { IN_PROGRESS_STATES, imageStatus } from '../common/image-records.js';
import { getResource, putResource } from '../common/resources.js';
import { BuildStepContext } from './build-context.js';
import { imageWithState, recordPackages, updatePipeline, type ImageOutcome } from './build-outcome.js';
import { PHASES, type BuildState } from './build-phases.js';
import { dropProgress, loadProgress, saveProgress } from './build-progress.js';
import { StepFailure } from './step-authorizer.js';
import { Ticker } from './ticker.js';
import { closeWorkflows } from './workflow-steps.js';

export interface BuildRunnerDeps {
  readonly store: Store;
  readonly enforcer: Enforcer;
  readonly clock: () => Date;
  readonly log: (event: Record<string, unknown>) => void;
}

interface Work {
  readonly account: string;
  readonly arn: string;
}

const PROGRESS = 'imagebuilder:build-progress' as const;

/** The store lease a node holds while it runs an image's build. */
export const buildLeaseName = (imageArn: string): string => `imagebuilder:build:${imageArn}`;

/** How long a claim on a build lasts unrenewed: 20 steps, at least two seconds. */
export const buildLeaseMs = (stepMs: number): number => Math.max(2_000, stepMs * 20);

/** The images to advance (in progress) or to close (stopped while a build had started). */
async function findWork(tx: StoreTx): Promise<Work[]> {
  const work: Work[] = [];
  for (const account of await listAccounts(tx)) {
    const started = new Set(
      ((await tx.list(PROGRESS, account)) as { imageArn: string }[]).map((p) => p.imageArn),
    );
    for (const request of await listBuildRequests(tx, account)) {
      const arn = request.imageBuildVersionArn;
      const image = await getResource<ApiObject>(tx, 'image', account, arn);
      const status = image ? imageStatus(image.resource) : undefined;
      if ((status !== undefined && IN_PROGRESS_STATES.includes(status)) || started.has(arn))
        work.push({ account, arn });
    }
  }
  return work;
}

export class BuildRunner {
  private readonly ticker: Ticker;
  private readonly owner = randomUUID();
  private readonly leaseMs: number;
  /** The images whose lease this runner holds. */
  private readonly held = new Set<string>();

  constructor(
    private readonly deps: BuildRunnerDeps,
    stepMs: number,
  ) {
    this.leaseMs = buildLeaseMs(stepMs);
    this.ticker = new Ticker(
      stepMs,
      (stopped) => this.tick(stopped),
      (error) => deps.log({ event: 'image-build-error', error: String(error) }),
    );
  }

  start(): void {
    this.ticker.start();
  }

  async stop(): Promise<void> {
    await this.ticker.stop();
    await this.release(() => true);
  }

  /** Gives up the leases of the images that `done` says need this runner no more. */
  private async release(done: (arn: string) => boolean): Promise<void> {
    for (const arn of [...this.held].filter(done)) {
      this.held.delete(arn);
      await this.deps.store.releaseLease(buildLeaseName(arn), this.owner);
    }
  }

  /** Advances every image in progress by one phase (those whose lease another node holds excepted). */
  async tick(stopped: () => boolean = () => false): Promise<void> {
    const work = await this.deps.store.read(findWork);
    const pending = new Set(work.map((item) => item.arn));
    await this.release((arn) => !pending.has(arn));
    for (const item of work) {
      if (stopped()) return;
      if (!(await this.deps.store.tryLease(buildLeaseName(item.arn), this.owner, this.leaseMs))) continue;
      this.held.add(item.arn);
      try {
        // The store may run a transaction again after a conflict: log what the committed run did.
        let events: Record<string, unknown>[] = [];
        await this.deps.store.write((tx) => {
          events = [];
          return this.advance(tx, item, events);
        });
        events.forEach((event) => this.deps.log(event));
      } catch (error) {
        this.deps.log({ event: 'image-build-error', image: item.arn, error: String(error) });
        await this.deps.store.write((tx) => this.failUnexpectedly(tx, item, error));
      }
    }
  }

  private async advance(tx: StoreTx, item: Work, events: Record<string, unknown>[]): Promise<void> {
    const image = await getResource<ApiObject>(tx, 'image', item.account, item.arn);
    const request = await getBuildRequest(tx, item.account, item.arn);
    const progress = await loadProgress(tx, item.account, item.arn);
    const status = image ? imageStatus(image.resource) : undefined;
    if (!image || !request || status === undefined || !IN_PROGRESS_STATES.includes(status)) {
      if (image && request && status === 'CANCELLED') {
        const ctx = new BuildStepContext(tx, this.deps.enforcer, this.deps.clock(), request, image, progress);
        await closeWorkflows(ctx, 'CANCELLED', 'The image creation was cancelled.');
        await updatePipeline(tx, request, 'CANCELLED');
      }
      if (image && !request && status !== undefined && IN_PROGRESS_STATES.includes(status)) {
        await putResource(
          tx,
          imageWithState(
            image,
            { status: 'FAILED', reason: 'The build request of this image is missing.' },
            progress,
          ),
        );
      }
      await dropProgress(tx, item.account, item.arn);
      return;
    }
    const ctx = new BuildStepContext(tx, this.deps.enforcer, this.deps.clock(), request, image, progress);
    const state = status as BuildState;
    let outcome: ImageOutcome;
    try {
      outcome = { status: await PHASES[state](ctx) };
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
      const where = error.step ? `${state} (${error.step})` : state;
      const failure = error.refused ? { failure: { step: error.step ?? state, ...error.refused } } : {};
      outcome = { status: 'FAILED', reason: `${where}: ${error.reason}`, ...failure };
    }
    await this.settle(ctx, outcome, events);
  }

  private async settle(
    ctx: BuildStepContext,
    outcome: ImageOutcome,
    events: Record<string, unknown>[],
  ): Promise<void> {
    const { tx, request } = ctx;
    await putResource(tx, imageWithState(ctx.image, outcome, ctx.progress));
    await updatePipeline(tx, request, outcome.status);
    if (outcome.status === 'AVAILABLE' || outcome.status === 'FAILED') {
      if (outcome.status === 'FAILED')
        await closeWorkflows(ctx, 'FAILED', outcome.reason ?? 'The build failed.');
      if (outcome.status === 'AVAILABLE') await recordPackages(tx, request);
      await dropProgress(tx, ctx.account, ctx.imageArn);
    } else {
      await saveProgress(tx, ctx.account, ctx.progress);
    }
    events.push({
      event: 'image-build',
      image: ctx.imageArn,
      status: outcome.status,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
    });
  }

  private async failUnexpectedly(tx: StoreTx, item: Work, error: unknown): Promise<void> {
    const image = await getResource<ApiObject>(tx, 'image', item.account, item.arn);
    const status = image ? imageStatus(image.resource) : undefined;
    if (image && status !== undefined && IN_PROGRESS_STATES.includes(status)) {
      const reason = `${status}: internal error of the simulated build: ${error instanceof Error ? error.message : String(error)}`;
      await putResource(
        tx,
        imageWithState(image, { status: 'FAILED', reason }, await loadProgress(tx, item.account, item.arn)),
      );
    }
    await dropProgress(tx, item.account, item.arn);
  }
}
