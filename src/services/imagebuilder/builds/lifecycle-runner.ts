/**
 * Lifecycle policies at work: an ENABLED policy runs soon after it is created or updated, then again
 * every `intervalMs` (AWS runs them on its own schedule; a day by default here); each run is a lifecycle
 * execution, created and run in one write transaction, after which the policy's dateLastRun is set.
 * Executions created by StartResourceStateUpdate run once their updateAt time has come.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-lifecycles.html
 */
import type { Store, StoreTx } from '../../../store/store.js';
import { listAccounts } from '../../common/accounts.js';
import type { Enforcer } from '../../common/enforce/enforcer.js';
import type { ApiObject } from '../common/image-api-values.js';
import {
  createLifecycleExecution,
  epochSeconds,
  executionStatus,
  LIFECYCLE_EXECUTION,
  type StoredLifecycleExecution,
} from '../common/lifecycle-execution-records.js';
import { LIFECYCLE_POLICY } from '../common/lifecycle-policy-shape.js';
import { getResource, putResource, type StoredResource } from '../common/resources.js';
import { runLifecycleExecution } from './lifecycle-execute.js';
import { Ticker } from './ticker.js';

export const DEFAULT_LIFECYCLE_INTERVAL_MS = 86_400_000;

export interface LifecycleRunnerDeps {
  readonly store: Store;
  readonly enforcer: Enforcer;
  readonly clock: () => Date;
  readonly log: (event: Record<string, unknown>) => void;
}

type Due = { readonly kind: 'policy' | 'execution'; readonly account: string; readonly arn: string };

/** A stored time in milliseconds: epoch seconds (lifecycle timestamps) or ISO text. */
const time = (value: unknown): number =>
  typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) || 0 : 0;

/** Whether the ENABLED policy should run now. */
export function policyDue(policy: ApiObject, now: Date, intervalMs: number): boolean {
  if (policy['status'] !== 'ENABLED') return false;
  const lastRun = time(policy['dateLastRun']);
  if (lastRun === 0) return true;
  const changed = Math.max(time(policy['dateCreated']), time(policy['dateUpdated']));
  return changed > lastRun || now.getTime() - lastRun >= intervalMs;
}

export class LifecycleRunner {
  private readonly ticker: Ticker;

  constructor(
    private readonly deps: LifecycleRunnerDeps,
    tickMs: number,
    private readonly intervalMs: number,
  ) {
    this.ticker = new Ticker(
      tickMs,
      (stopped) => this.tick(stopped),
      (error) => deps.log({ event: 'lifecycle-error', error: String(error) }),
    );
  }

  start(): void {
    this.ticker.start();
  }

  stop(): Promise<void> {
    return this.ticker.stop();
  }

  private async findDue(tx: StoreTx, now: Date): Promise<Due[]> {
    const due: Due[] = [];
    for (const account of await listAccounts(tx)) {
      for (const p of (await tx.list(
        `imagebuilder:${LIFECYCLE_POLICY}`,
        account,
      )) as StoredResource<ApiObject>[]) {
        if (policyDue(p.resource, now, this.intervalMs)) due.push({ kind: 'policy', account, arn: p.arn });
      }
      for (const e of (await tx.list(
        `imagebuilder:${LIFECYCLE_EXECUTION}`,
        account,
      )) as StoredLifecycleExecution[]) {
        const notBefore = e.job.kind === 'state-update' ? time(e.job.notBefore) : 0;
        if (executionStatus(e) === 'PENDING' && notBefore <= now.getTime())
          due.push({ kind: 'execution', account, arn: e.arn });
      }
    }
    return due;
  }

  /** Runs every due policy and pending execution. */
  async tick(stopped: () => boolean = () => false): Promise<void> {
    const due = await this.deps.store.read((tx) => this.findDue(tx, this.deps.clock()));
    for (const item of due) {
      if (stopped()) return;
      try {
        await this.deps.store.write((tx) =>
          item.kind === 'policy' ? this.runPolicy(tx, item) : this.runExecution(tx, item),
        );
      } catch (error) {
        this.deps.log({ event: 'lifecycle-error', resource: item.arn, error: String(error) });
      }
    }
  }

  private async runPolicy(tx: StoreTx, item: Due): Promise<void> {
    const now = this.deps.clock();
    const policy = await getResource<ApiObject>(tx, LIFECYCLE_POLICY, item.account, item.arn);
    if (!policy || !policyDue(policy.resource, now, this.intervalMs)) return;
    const execution = await createLifecycleExecution(
      tx,
      policy,
      { kind: 'policy', policyArn: policy.arn },
      now,
    );
    const done = await runLifecycleExecution({ tx, enforcer: this.deps.enforcer, now }, execution);
    await putResource(tx, { ...policy, resource: { ...policy.resource, dateLastRun: epochSeconds(now) } });
    this.deps.log({
      event: 'lifecycle-execution',
      policy: policy.arn,
      execution: done.name,
      state: done.resource['state'],
    });
  }

  private async runExecution(tx: StoreTx, item: Due): Promise<void> {
    const execution = (await getResource<ApiObject>(tx, LIFECYCLE_EXECUTION, item.account, item.arn)) as
      StoredLifecycleExecution | undefined;
    if (!execution || executionStatus(execution) !== 'PENDING') return;
    const done = await runLifecycleExecution(
      { tx, enforcer: this.deps.enforcer, now: this.deps.clock() },
      execution,
    );
    this.deps.log({ event: 'lifecycle-execution', execution: done.name, state: done.resource['state'] });
  }
}
