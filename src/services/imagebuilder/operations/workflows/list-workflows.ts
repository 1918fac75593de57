/**
 * ListWorkflows: the workflow versions the caller owns (owner Self, the default) — one entry per
 * version, from its newest build, or with `byName` one per workflow name — filtered by name, type and
 * version. Workflows cannot be shared by resource policy; owner Shared, Amazon, ThirdParty and
 * AWSMarketplace list nothing here (AWS-managed workflows are not modeled). Authorized as
 * imagebuilder:ListWorkflows on `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflows.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { matchesFilters, readFilters } from '../../common/component-list-filters.js';
import { firstPer, readPage } from '../../common/component-list-page.js';
import { OWNERSHIPS } from '../../common/component-shared.js';
import { newestFirst } from '../../common/component-versioning.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { listResources, type StoredResource } from '../../common/resources.js';
import {
  ALL_WORKFLOW_ARN_TYPES,
  workflowVersionShape,
  type WorkflowShape,
} from '../../common/workflow-shapes.js';

const FILTERS = ['name', 'type', 'version'];

const nameKey = (r: StoredResource<WorkflowShape>) => {
  const arn = parseImageBuilderArn(r.arn);
  return `${arn?.type}/${arn?.name}`;
};

export const listWorkflows = defineOperation({
  name: 'ListWorkflows',
  http: { method: 'POST', uri: '/ListWorkflows' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return {
      owner: reader.optionalEnum('owner', OWNERSHIPS) ?? 'Self',
      filters: readFilters(reader, FILTERS),
      byName: reader.optionalBoolean('byName') ?? false,
      ...readPage(reader),
    };
  },
  access: () => [{ action: 'imagebuilder:ListWorkflows', resource: '*' }],
  async run({ owner, filters, byName, ...paging }, ctx) {
    const all: StoredResource<WorkflowShape>[] = [];
    if (owner === 'Self')
      for (const type of ALL_WORKFLOW_ARN_TYPES)
        all.push(...(await listResources<WorkflowShape>(ctx.tx, type, ctx.caller.accountId, ctx.region)));
    const matching = all.filter(({ resource: w }) =>
      matchesFilters(filters, { name: w.name, type: w.type, version: w.version }),
    );
    const ordered = matching.sort((a, b) => nameKey(a).localeCompare(nameKey(b)) || newestFirst(a, b));
    const entries = firstPer(ordered, (r) => (byName ? nameKey(r) : `${nameKey(r)}/${r.version}`));
    const { items, nextToken } = page(entries, paging);
    return { workflowVersionList: items.map((r) => workflowVersionShape(r.resource)), nextToken };
  },
});
