/**
 * ListImageScanFindingAggregations: counts of the account's image scan findings by severity, grouped by
 * the key the filter names (accountId when there is no filter, which is the aggregationType answered).
 * ibiam runs no image scans (it has no Amazon Inspector), so there is nothing to aggregate: `responses`
 * is always empty — the filter and nextToken are validated as the API model says, and no count is made up.
 * Authorized as imagebuilder:ListImageScanFindingAggregations on the image or pipeline the filter names,
 * else `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageScanFindingAggregations.html
 */
import { defineOperation } from '../../../common/operation.js';
import { JsonReader } from '../../common/input.js';
import { readAggregationsInput, scanResource } from '../../common/misc-scan-input.js';
import { page } from '../../common/pagination.js';

export const listImageScanFindingAggregations = defineOperation({
  name: 'ListImageScanFindingAggregations',
  http: { method: 'POST', uri: '/ListImageScanFindingAggregations' },
  write: false,
  input(params) {
    return readAggregationsInput(new JsonReader(params));
  },
  access(input) {
    return [
      { action: 'imagebuilder:ListImageScanFindingAggregations', resource: scanResource(input.filter) },
    ];
  },
  async run(input, ctx) {
    // No scans, hence no findings to aggregate: an empty list (the token, if any, is still checked).
    const { items, nextToken } = page([], input);
    return {
      requestId: ctx.requestId,
      aggregationType: input.filter?.name ?? 'accountId',
      responses: items,
      nextToken,
    };
  },
});
