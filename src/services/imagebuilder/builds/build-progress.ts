/**
 * What a simulated build remembers between its steps (each step is its own transaction, and the server
 * may restart in between): the EC2 instances it launched, the AMI it created, the outputs distributed so
 * far and its workflow executions. Kept in collection `imagebuilder:build-progress`, in the image's
 * account, keyed by the image build version ARN; removed when the build ends.
 */
import type { StoreTx } from '../../../store/store.js';
import type { ApiObject } from '../common/image-api-values.js';

export interface WorkflowProgress {
  readonly id: string;
  readonly workflowBuildVersionArn: string;
  readonly planned: number;
  readonly succeeded: number;
}

export interface BuildProgress {
  readonly imageArn: string;
  readonly buildInstanceId?: string;
  readonly testInstanceId?: string;
  /** The AMI the build created in the source Region (AMI builds). */
  readonly amiId?: string;
  /** outputResources.amis and .containers so far. */
  readonly amis: readonly ApiObject[];
  readonly containers: readonly ApiObject[];
  readonly workflows: Readonly<Partial<Record<'build' | 'test', WorkflowProgress>>>;
  /** How many step executions were recorded (their order). */
  readonly steps: number;
}

const COLLECTION = 'imagebuilder:build-progress' as const;

export async function loadProgress(tx: StoreTx, account: string, imageArn: string): Promise<BuildProgress> {
  const stored = (await tx.get(COLLECTION, account, imageArn)) as BuildProgress | undefined;
  return stored ?? { imageArn, amis: [], containers: [], workflows: {}, steps: 0 };
}

export const saveProgress = (tx: StoreTx, account: string, progress: BuildProgress) =>
  tx.put(COLLECTION, account, progress.imageArn, progress);

export const dropProgress = (tx: StoreTx, account: string, imageArn: string) =>
  tx.delete(COLLECTION, account, imageArn);
