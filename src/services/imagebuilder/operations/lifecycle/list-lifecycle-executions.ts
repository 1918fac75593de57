/**
 * ListLifecycleExecutions: the lifecycle executions of a resource — a lifecycle policy (its runs) or an
 * image (the runs that identified it, and its state updates) — newest first, 25 at a time. Authorized as
 * imagebuilder:ListLifecycleExecutions on that resource's ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListLifecycleExecutions.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { invalidParameterValue } from '../../common/errors.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { readPage } from '../../common/image-list-input.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import { executionConcerns, listLifecycleExecutions } from '../../common/lifecycle-execution-records.js';
import { page } from '../../common/pagination.js';
import { getResource } from '../../common/resources.js';

export const listLifecycleExecutionsOperation = defineOperation({
  name: 'ListLifecycleExecutions',
  http: { method: 'POST', uri: '/ListLifecycleExecutions' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    const resourceArn = reader.string('resourceArn', { min: 1, max: 1024 });
    const parsed = parseImageBuilderArn(resourceArn);
    if (!parsed || (parsed.type !== 'image' && parsed.type !== 'lifecycle-policy')) {
      throw invalidParameterValue("The value supplied for parameter 'resourceArn' is not valid.");
    }
    return { resourceArn, type: parsed.type, account: parsed.account, ...readPage(reader) };
  },
  async access(input, ctx) {
    const stored = await getResource<ApiObject>(ctx.tx, input.type, input.account, input.resourceArn);
    return [
      {
        action: 'imagebuilder:ListLifecycleExecutions',
        resource: input.resourceArn,
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    const all = await listLifecycleExecutions(ctx.tx, ctx.caller.accountId, ctx.region);
    const matching = all
      .filter((e) => executionConcerns(e, input.resourceArn))
      .map((e) => e.resource)
      .sort((a, b) => Number(b['startTime'] ?? 0) - Number(a['startTime'] ?? 0));
    const { items, nextToken } = page(matching, input);
    return { lifecycleExecutions: items, nextToken };
  },
});
