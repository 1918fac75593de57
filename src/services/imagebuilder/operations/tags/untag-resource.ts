/**
 * UntagResource: removes tags by key (DELETE /tags/{resourceArn}?tagKeys=k1&tagKeys=k2) from any Image
 * Builder resource; keys it doesn't have are ignored. Authorized as imagebuilder:UntagResource on the
 * ARN with aws:TagKeys and the resource's tags as aws:ResourceTag/*.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UntagResource.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidParameter } from '../../common/errors.js';
import { TAG_KEY } from '../../common/input.js';
import { resourceCheck } from '../../common/policy-access.js';
import { locate, readTagging, requireResource, writeTags } from './locate-resource.js';

export const untagResource = defineOperation({
  name: 'UntagResource',
  http: { method: 'DELETE', uri: '/tags/{resourceArn}' },
  write: true,
  input: (params) =>
    readTagging(params, (reader) => {
      const tagKeys = reader.optionalStringList('tagKeys', TAG_KEY, { min: 1, max: 50 });
      if (!tagKeys) throw invalidParameter(`The parameter 'tagKeys' is required.`);
      return { arn: reader.string('resourceArn'), tagKeys };
    }),
  async access({ arn, tagKeys }, ctx) {
    const check = resourceCheck(
      'imagebuilder:UntagResource',
      arn,
      await locate(ctx, arn),
      ctx.caller.accountId,
    );
    return [{ ...check, context: { 'aws:TagKeys': tagKeys } }];
  },
  async run({ arn, tagKeys }, ctx) {
    const stored = await requireResource(ctx, arn);
    const remove = new Set(tagKeys);
    const tags = Object.fromEntries(Object.entries(stored.tags).filter(([key]) => !remove.has(key)));
    await writeTags(ctx, stored, tags);
    return {};
  },
});
