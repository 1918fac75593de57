/**
 * GetAccessKeyInfo: the account an access key id (long-term AKIA or temporary ASIA) belongs to, whatever
 * the key's state. Authorized as sts:GetAccessKeyInfo (the Service Authorization Reference lists it with
 * no resource type, so on `*`). AWS derives the account from the key id itself; ibiam's key ids carry no
 * account, so it looks the key up, and an unknown key id is refused (AWS's wording for that case is not
 * published; this message is ibiam's).
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html
 */
import { InputReader } from '../../common/input.js';
import { defineOperation } from '../../common/operation.js';
import { authorizeSts } from '../common/authorize.js';
import { invalidParameterValue } from '../common/errors.js';
import { ACCESS_KEY_ID } from '../common/rules.js';

export const getAccessKeyInfo = defineOperation({
  name: 'GetAccessKeyInfo',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const accessKeyId = reader.string('AccessKeyId', ACCESS_KEY_ID);
    reader.done();
    return { accessKeyId };
  },
  access: () => [],
  async run(input, ctx) {
    await authorizeSts(ctx, { action: 'sts:GetAccessKeyInfo', resource: '*' });
    const key =
      (await ctx.tx.find('access-keys', input.accessKeyId)) ??
      (await ctx.tx.find('sessions', input.accessKeyId));
    if (!key) throw invalidParameterValue(`The access key ID ${input.accessKeyId} is not known.`);
    return { Account: key.accountId };
  },
});
