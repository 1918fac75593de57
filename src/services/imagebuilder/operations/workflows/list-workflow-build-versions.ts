/**
 * ListWorkflowBuildVersions: every build of the workflow versions a version ARN selects (`x` wildcards
 * allowed), newest first, as WorkflowSummary entries, paginated. Authorized as
 * imagebuilder:ListWorkflowBuildVersions on the allWorkflowBuildVersions resource
 * (`workflow/TYPE/NAME/VERSION/*`).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflowBuildVersions.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { readArn } from '../../common/component-arn-input.js';
import { readPage } from '../../common/component-list-page.js';
import { buildsOf, newestFirst } from '../../common/component-versioning.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { matchesVersionFilter, parseVersion, parseVersionFilter } from '../../common/versions.js';
import { workflowSummaryShape, type WorkflowShape } from '../../common/workflow-shapes.js';

export const listWorkflowBuildVersions = defineOperation({
  name: 'ListWorkflowBuildVersions',
  http: { method: 'POST', uri: '/ListWorkflowBuildVersions' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return { arn: readArn(reader, 'workflowVersionArn', 'WorkflowWildcardVersionArn'), ...readPage(reader) };
  },
  access: ({ arn }) => [{ action: 'imagebuilder:ListWorkflowBuildVersions', resource: `${arn}/*` }],
  async run({ arn, ...paging }, ctx) {
    const parsed = parseImageBuilderArn(arn)!;
    const filter = parseVersionFilter(parsed.version!);
    const builds = (
      await buildsOf<WorkflowShape>(ctx.tx, parsed.type, parsed.account, parsed.region, parsed.name)
    )
      .filter((r) => matchesVersionFilter(parseVersion(r.version!), filter))
      .sort(newestFirst);
    const { items, nextToken } = page(builds, paging);
    return { workflowSummaryList: items.map((r) => workflowSummaryShape(r.resource)), nextToken };
  },
});
