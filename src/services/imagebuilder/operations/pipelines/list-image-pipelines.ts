/**
 * ListImagePipelines: the caller's pipelines in the Region, filtered by description,
 * distributionConfigurationArn, imageRecipeArn, infrastructureConfigurationArn, name or status, 25 at a
 * time; authorized on `*` (no resource-level permissions).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePipelines.html
 */
import { defineOperation } from '../../../common/operation.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { currentShape } from '../../common/image-config-resources.js';
import { matchesFilters, readListInput } from '../../common/image-list-input.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { PIPELINE_TYPE } from '../../common/pipeline-input.js';
import { listResources } from '../../common/resources.js';

const FILTERS = [
  'description',
  'distributionConfigurationArn',
  'imageRecipeArn',
  'infrastructureConfigurationArn',
  'name',
  'status',
];

export const listImagePipelines = defineOperation({
  name: 'ListImagePipelines',
  http: { method: 'POST', uri: '/ListImagePipelines' },
  write: false,
  input(params) {
    return readListInput(new JsonReader(params), FILTERS);
  },
  access() {
    return [{ action: 'imagebuilder:ListImagePipelines', resource: '*' }];
  },
  async run(input, ctx) {
    const all = await listResources<ApiObject>(ctx.tx, PIPELINE_TYPE, ctx.caller.accountId, ctx.region);
    const matching = all.map(currentShape).filter((p) => matchesFilters(p, input.filters));
    const { items, nextToken } = page(matching, input);
    return { requestId: ctx.requestId, imagePipelineList: items, nextToken };
  },
});
