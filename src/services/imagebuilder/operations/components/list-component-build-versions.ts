/**
 * ListComponentBuildVersions: every build of one component version (`componentVersionArn`), newest
 * first, as ComponentSummary entries, paginated. Authorized as imagebuilder:ListComponentBuildVersions
 * on the allComponentBuildVersions resource (`component/NAME/VERSION/*`).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponentBuildVersions.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { readArn } from '../../common/component-arn-input.js';
import { componentSummaryShape, type ComponentShape } from '../../common/component-shapes.js';
import { buildsOf, newestFirst } from '../../common/component-versioning.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { readPage } from '../../common/component-list-page.js';

export const listComponentBuildVersions = defineOperation({
  name: 'ListComponentBuildVersions',
  http: { method: 'POST', uri: '/ListComponentBuildVersions' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return { arn: readArn(reader, 'componentVersionArn', 'ComponentVersionArn'), ...readPage(reader) };
  },
  access: ({ arn }) => [{ action: 'imagebuilder:ListComponentBuildVersions', resource: `${arn}/*` }],
  async run({ arn, ...paging }, ctx) {
    const parsed = parseImageBuilderArn(arn)!;
    const builds = (
      await buildsOf<ComponentShape>(ctx.tx, 'component', parsed.account, parsed.region, parsed.name)
    )
      .filter((r) => r.version === parsed.version)
      .sort(newestFirst);
    const { items, nextToken } = page(builds, paging);
    return {
      requestId: ctx.requestId,
      componentSummaryList: items.map((r) => componentSummaryShape(r.resource)),
      nextToken,
    };
  },
});
