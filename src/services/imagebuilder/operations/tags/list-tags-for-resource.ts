/**
 * ListTagsForResource: the tags of any Image Builder resource (GET /tags/{resourceArn}). Authorized as
 * imagebuilder:ListTagsForResource on the ARN with the resource's tags as aws:ResourceTag/*.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListTagsForResource.html
 */
import { defineOperation } from '../../../common/operation.js';
import { resourceCheck } from '../../common/policy-access.js';
import { locate, readTagging, requireResource } from './locate-resource.js';

export const listTagsForResource = defineOperation({
  name: 'ListTagsForResource',
  http: { method: 'GET', uri: '/tags/{resourceArn}' },
  write: false,
  input: (params) => readTagging(params, (reader) => reader.string('resourceArn')),
  async access(arn, ctx) {
    return [
      resourceCheck('imagebuilder:ListTagsForResource', arn, await locate(ctx, arn), ctx.caller.accountId),
    ];
  },
  async run(arn, ctx) {
    const stored = await requireResource(ctx, arn);
    return { tags: stored.tags };
  },
});
