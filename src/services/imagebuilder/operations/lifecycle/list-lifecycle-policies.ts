/**
 * ListLifecyclePolicies: the caller's lifecycle policies in the Region as summaries, filtered by `name`
 * or `status`, 25 at a time. imagebuilder:ListLifecyclePolicies has no resource-level permissions: it
 * is authorized on `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListLifecyclePolicies.html
 */
import { defineOperation } from '../../../common/operation.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { currentShape } from '../../common/image-config-resources.js';
import { matchesFilters, readListInput } from '../../common/image-list-input.js';
import { JsonReader } from '../../common/input.js';
import { LIFECYCLE_POLICY, lifecyclePolicySummary } from '../../common/lifecycle-policy-shape.js';
import { page } from '../../common/pagination.js';
import { listResources } from '../../common/resources.js';

export const listLifecyclePolicies = defineOperation({
  name: 'ListLifecyclePolicies',
  http: { method: 'POST', uri: '/ListLifecyclePolicies' },
  write: false,
  input(params) {
    return readListInput(new JsonReader(params), ['name', 'status']);
  },
  access() {
    return [{ action: 'imagebuilder:ListLifecyclePolicies', resource: '*' }];
  },
  async run(input, ctx) {
    const all = await listResources<ApiObject>(ctx.tx, LIFECYCLE_POLICY, ctx.caller.accountId, ctx.region);
    const matching = all.map(currentShape).filter((p) => matchesFilters(p, input.filters));
    const { items, nextToken } = page(matching, input);
    return { lifecyclePolicySummaryList: items.map(lifecyclePolicySummary), nextToken };
  },
});
