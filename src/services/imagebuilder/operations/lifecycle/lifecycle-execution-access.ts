/**
 * Lifecycle executions are addressed by id (`lce-UUID`) in the caller's account and Region; the requests
 * on them are authorized on the lifecycleExecution ARN `lifecycle-execution/ID` (a resource type without
 * tag condition keys). An id the account does not have is ResourceNotFoundException.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html#amazonec2imagebuilder-resources-for-iam-policies
 */
import type { OperationContext } from '../../../common/operation.js';
import { resourceNotFound } from '../../common/errors.js';
import type { JsonReader } from '../../common/input.js';
import {
  getLifecycleExecution,
  LIFECYCLE_EXECUTION_ID,
  lifecycleExecutionArn,
  type StoredLifecycleExecution,
} from '../../common/lifecycle-execution-records.js';

export const readExecutionId = (reader: JsonReader): string =>
  reader.string('lifecycleExecutionId', LIFECYCLE_EXECUTION_ID);

export const executionArnOf = (ctx: OperationContext, id: string): string =>
  lifecycleExecutionArn(ctx.region, ctx.caller.accountId, id);

export async function requireExecution(ctx: OperationContext, id: string): Promise<StoredLifecycleExecution> {
  const stored = await getLifecycleExecution(ctx.tx, ctx.region, ctx.caller.accountId, id);
  if (!stored) throw resourceNotFound(`The lifecycle execution '${id}' does not exist.`);
  return stored;
}
