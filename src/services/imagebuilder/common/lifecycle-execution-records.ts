/**
 * Lifecycle executions as stored: the Image Builder envelope (type `lifecycle-execution`, keyed by the
 * ARN `lifecycle-execution/lce-UUID`) whose `resource` is the LifecycleExecution shape
 * GetLifecycleExecution returns, plus what the runner needs (`job`: run a policy, or apply one
 * StartResourceStateUpdate) and the resources it identified (`resources`: each in the
 * LifecycleExecutionResource shape, with the image it belongs to for associated AMIs and containers).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecycleExecution.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecycleExecutionResource.html
 */
import { randomUUID } from 'node:crypto';
import type { StoreTx } from '../../../store/store.js';
import { imageBuilderArn } from './arns.js';
import { compact, type ApiObject } from './image-api-values.js';
import { getResource, listResources, putResource, type StoredResource } from './resources.js';

export const LIFECYCLE_EXECUTION = 'lifecycle-execution' as const;
/** LifecycleExecutionId: `lce-` and a UUID. */
export const LIFECYCLE_EXECUTION_ID = {
  pattern: /^lce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
};

export type LifecycleExecutionStatus =
  'PENDING' | 'IN_PROGRESS' | 'CANCELLED' | 'CANCELLING' | 'FAILED' | 'SUCCESS';

export type LifecycleJob =
  | { readonly kind: 'policy'; readonly policyArn: string }
  | {
      readonly kind: 'state-update';
      readonly resourceArn: string;
      readonly status: 'AVAILABLE' | 'DEPRECATED' | 'DISABLED' | 'DELETED';
      readonly executionRole?: string;
      readonly includeResources?: ApiObject;
      readonly exclusionRules?: ApiObject;
      /** ISO time before which the update waits (updateAt). */
      readonly notBefore?: string;
    };

export interface ExecutionResource {
  /** The image an associated resource (AMI, container) belongs to; absent for images. */
  readonly parentResourceId?: string;
  readonly resource: ApiObject;
}

export interface StoredLifecycleExecution extends StoredResource<ApiObject> {
  readonly job: LifecycleJob;
  readonly resources: readonly ExecutionResource[];
}

export const newLifecycleExecutionId = (): string => `lce-${randomUUID()}`;

/**
 * Lifecycle timestamps are the API model's `Timestamp` (REST-JSON: epoch seconds on the wire), so they
 * are stored as the number the Get* answer carries.
 */
export const epochSeconds = (date: Date): number => date.getTime() / 1000;

export const lifecycleExecutionArn = (region: string, account: string, id: string): string =>
  imageBuilderArn({ region, account, type: LIFECYCLE_EXECUTION, name: id });

export function executionShape(fields: {
  readonly id: string;
  readonly policyArn?: string;
  readonly status: LifecycleExecutionStatus;
  readonly reason?: string;
  readonly impacted: boolean;
  readonly startTime: number;
  readonly endTime?: number;
}): ApiObject {
  return compact({
    lifecycleExecutionId: fields.id,
    lifecyclePolicyArn: fields.policyArn,
    resourcesImpactedSummary: { hasImpactedResources: fields.impacted },
    state: compact({ status: fields.status, reason: fields.reason }),
    startTime: fields.startTime,
    endTime: fields.endTime,
  });
}

/** A new PENDING execution of the job, stored in the transaction. */
export async function createLifecycleExecution(
  tx: StoreTx,
  where: { readonly account: string; readonly region: string },
  job: LifecycleJob,
  now: Date,
): Promise<StoredLifecycleExecution> {
  const id = newLifecycleExecutionId();
  const stored: StoredLifecycleExecution = {
    arn: lifecycleExecutionArn(where.region, where.account, id),
    account: where.account,
    region: where.region,
    type: LIFECYCLE_EXECUTION,
    name: id,
    tags: {},
    resource: executionShape({
      id,
      ...(job.kind === 'policy' ? { policyArn: job.policyArn } : {}),
      status: 'PENDING',
      impacted: false,
      startTime: epochSeconds(now),
    }),
    job,
    resources: [],
  };
  await putResource(tx, stored);
  return stored;
}

export const getLifecycleExecution = (tx: StoreTx, region: string, account: string, id: string) =>
  getResource<ApiObject>(
    tx,
    LIFECYCLE_EXECUTION,
    account,
    lifecycleExecutionArn(region, account, id),
  ) as Promise<StoredLifecycleExecution | undefined>;

export const listLifecycleExecutions = (tx: StoreTx, account: string, region: string) =>
  listResources<ApiObject>(tx, LIFECYCLE_EXECUTION, account, region) as Promise<StoredLifecycleExecution[]>;

export const executionStatus = (stored: StoredLifecycleExecution): LifecycleExecutionStatus =>
  String(
    (stored.resource['state'] as ApiObject | undefined)?.['status'] ?? 'PENDING',
  ) as LifecycleExecutionStatus;

/** Whether the execution concerns the resource: its policy, or an image it identified. */
export const executionConcerns = (stored: StoredLifecycleExecution, arn: string): boolean =>
  stored.resource['lifecyclePolicyArn'] === arn ||
  (stored.job.kind === 'state-update' && stored.job.resourceArn === arn) ||
  stored.resources.some((r) => r.resource['resourceId'] === arn);
