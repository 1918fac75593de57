/**
 * ListInfrastructureConfigurations: the caller's configurations in the Region as summaries (filter
 * `name`), 25 at a time. imagebuilder:ListInfrastructureConfigurations supports no resource-level
 * permissions: it is authorized on `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListInfrastructureConfigurations.html
 */
import { defineOperation } from '../../../common/operation.js';
import { compact, type ApiObject } from '../../common/image-api-values.js';
import { currentShape } from '../../common/image-config-resources.js';
import { matchesFilters, readListInput } from '../../common/image-list-input.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { listResources } from '../../common/resources.js';

const summary = (c: ApiObject): ApiObject =>
  compact({
    arn: c['arn'],
    name: c['name'],
    description: c['description'],
    dateCreated: c['dateCreated'],
    dateUpdated: c['dateUpdated'],
    resourceTags: c['resourceTags'],
    tags: c['tags'],
    instanceTypes: c['instanceTypes'],
    instanceProfileName: c['instanceProfileName'],
    placement: c['placement'],
  });

export const listInfrastructureConfigurations = defineOperation({
  name: 'ListInfrastructureConfigurations',
  http: { method: 'POST', uri: '/ListInfrastructureConfigurations' },
  write: false,
  input(params) {
    return readListInput(new JsonReader(params), ['name']);
  },
  access() {
    return [{ action: 'imagebuilder:ListInfrastructureConfigurations', resource: '*' }];
  },
  async run(input, ctx) {
    const all = await listResources<ApiObject>(
      ctx.tx,
      'infrastructure-configuration',
      ctx.caller.accountId,
      ctx.region,
    );
    const matching = all.map(currentShape).filter((c) => matchesFilters(c, input.filters));
    const { items, nextToken } = page(matching, input);
    return {
      requestId: ctx.requestId,
      infrastructureConfigurationSummaryList: items.map(summary),
      nextToken,
    };
  },
});
