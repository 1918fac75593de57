/**
 * ListDistributionConfigurations: the caller's distribution configurations in the Region as summaries
 * (filter `name`), 25 at a time; authorized on `*` (no resource-level permissions).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListDistributionConfigurations.html
 */
import { defineOperation } from '../../../common/operation.js';
import { DISTRIBUTION_TYPE, distributionSummary } from '../../common/distribution-shape.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { currentShape } from '../../common/image-config-resources.js';
import { matchesFilters, readListInput } from '../../common/image-list-input.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { listResources } from '../../common/resources.js';

export const listDistributionConfigurations = defineOperation({
  name: 'ListDistributionConfigurations',
  http: { method: 'POST', uri: '/ListDistributionConfigurations' },
  write: false,
  input(params) {
    return readListInput(new JsonReader(params), ['name']);
  },
  access() {
    return [{ action: 'imagebuilder:ListDistributionConfigurations', resource: '*' }];
  },
  async run(input, ctx) {
    const all = await listResources<ApiObject>(ctx.tx, DISTRIBUTION_TYPE, ctx.caller.accountId, ctx.region);
    const matching = all.map(currentShape).filter((d) => matchesFilters(d, input.filters));
    const { items, nextToken } = page(matching, input);
    return {
      requestId: ctx.requestId,
      distributionConfigurationSummaryList: items.map(distributionSummary),
      nextToken,
    };
  },
});
