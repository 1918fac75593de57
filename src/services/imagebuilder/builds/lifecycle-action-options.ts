/**
 * The options of a lifecycle action on one Image Builder image and its associated resources, and the
 * state member of an execution resource.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecycleExecutionResource.html
 */
import { compact, type ApiObject } from '../common/image-api-values.js';

export type LifecycleActionName = 'AVAILABLE' | 'DELETE' | 'DEPRECATE' | 'DISABLE';

export interface AssociatedOptions {
  readonly action: LifecycleActionName;
  readonly reason: string;
  readonly amis: boolean;
  readonly snapshots: boolean;
  readonly containers: boolean;
  /** exclusionRules.amis */
  readonly amiExclusions?: ApiObject;
}

/** LifecycleExecutionResourceState: SUCCESS, SKIPPED or FAILED, with the reason. */
export const resourceState = (status: string, reason?: string): ApiObject => compact({ status, reason });
