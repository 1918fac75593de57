/**
 * GetFederationToken: credentials for a federated user `arn:aws:sts::ACCOUNT:federated-user/NAME`, whose
 * permissions are the calling user's policies intersected with the session policies passed here (none
 * passed: no permissions at all). Needs sts:GetFederationToken on the federated-user ARN (and
 * sts:TagSession with Tags). Duration 900-129,600 seconds, default 43,200; at most 3,600 for the root user
 * (longer requests get one hour). Temporary credentials cannot call it: AccessDenied "Cannot call
 * GetFederationToken with session credentials" (hashicorp/vault#4108, fwdcloudsec/granted#151).
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
 */
import { InputReader } from '../../common/input.js';
import { defineOperation, type AccessCheck } from '../../common/operation.js';
import { accessDenied } from '../../common/service-error.js';
import { authorizeSts } from '../common/authorize.js';
import { credentialsShape, newSession, saveSession } from '../common/credentials.js';
import { checkPackedSize } from '../common/packed-size.js';
import { FEDERATED_USER_NAME, SESSION_POLICY, TOKEN_DURATION } from '../common/rules.js';
import {
  checkInlineSessionPolicy,
  readPolicyArns,
  requirePolicyArns,
  sessionPolicyFields,
} from '../common/session-policies.js';
import { checkRequestedTags, tagRequestContext } from '../common/session-tags.js';

const DEFAULT_DURATION = 43200;
const ROOT_MAX_DURATION = 3600;

export const getFederationToken = defineOperation({
  name: 'GetFederationToken',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const name = reader.string('Name', FEDERATED_USER_NAME);
    const policy = reader.optionalString('Policy', SESSION_POLICY);
    const durationSeconds = reader.optionalInteger('DurationSeconds', TOKEN_DURATION);
    const tags = reader.optionalTags() ?? [];
    reader.done();
    const policyArns = readPolicyArns(params);
    checkRequestedTags(tags, []);
    checkInlineSessionPolicy(policy);
    return { name, policyArns, tags, durationSeconds, ...(policy !== undefined ? { policy } : {}) };
  },
  // Authorized in run, after the session-credentials check, with STS's AccessDenied wording.
  access: () => [],
  async run(input, ctx) {
    const caller = ctx.caller;
    if (caller.session) throw accessDenied('Cannot call GetFederationToken with session credentials');
    const account = caller.accountId;
    const arn = `arn:aws:sts::${account}:federated-user/${input.name}`;
    const check: AccessCheck = {
      action: 'sts:GetFederationToken',
      resource: arn,
      context: tagRequestContext({ tags: input.tags, transitiveTagKeys: [] }),
    };
    await authorizeSts(ctx, check);
    if (input.tags.length > 0) await authorizeSts(ctx, { ...check, action: 'sts:TagSession' });
    await requirePolicyArns(ctx.tx, ctx.awsManaged, input.policyArns, account);
    const packed = checkPackedSize(input);
    const requested = input.durationSeconds ?? DEFAULT_DURATION;
    const duration = caller.kind === 'root' ? Math.min(requested, ROOT_MAX_DURATION) : requested;
    const session = newSession(
      {
        accountId: account,
        kind: 'federated-user',
        arn,
        ...(caller.userName !== undefined ? { userName: caller.userName } : {}),
        ...sessionPolicyFields(input),
        tags: input.tags,
        transitiveTagKeys: [],
        chained: false,
      },
      ctx.now,
      duration,
    );
    await saveSession(ctx.tx, session);
    return {
      Credentials: credentialsShape(session),
      FederatedUser: { FederatedUserId: `${account}:${input.name}`, Arn: arn },
      PackedPolicySize: packed,
    };
  },
});
