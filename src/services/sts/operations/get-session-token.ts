/**
 * GetSessionToken: temporary credentials with the caller's own permissions, for an IAM user (900-129,600
 * seconds, default 43,200) or the root user (at most 3,600 seconds: a longer request gets one hour). No
 * permission is needed. Temporary credentials cannot call it: AccessDenied "Cannot call GetSessionToken
 * with session credentials" (AWS SDK transcripts: aws/aws-sdk-net#1704, aws/aws-sdk-php#1876).
 * ibiam has no MFA devices: SerialNumber and TokenCode are validated and otherwise ignored.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html
 */
import { InputReader } from '../../common/input.js';
import { defineOperation } from '../../common/operation.js';
import { accessDenied } from '../../common/service-error.js';
import { credentialsShape, newSession, saveSession } from '../common/credentials.js';
import { SERIAL_NUMBER, TOKEN_CODE, TOKEN_DURATION } from '../common/rules.js';

const USER_DEFAULT_DURATION = 43200;
const ROOT_MAX_DURATION = 3600;

export const getSessionToken = defineOperation({
  name: 'GetSessionToken',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const durationSeconds = reader.optionalInteger('DurationSeconds', TOKEN_DURATION);
    reader.optionalString('SerialNumber', SERIAL_NUMBER);
    reader.optionalString('TokenCode', TOKEN_CODE);
    reader.done();
    return { durationSeconds };
  },
  // "No permissions are required for a user to get a session token."
  access: () => [],
  async run(input, ctx) {
    const caller = ctx.caller;
    if (caller.session) throw accessDenied('Cannot call GetSessionToken with session credentials');
    const requested = input.durationSeconds ?? USER_DEFAULT_DURATION;
    const duration = caller.kind === 'root' ? Math.min(requested, ROOT_MAX_DURATION) : requested;
    const session = newSession(
      {
        accountId: caller.accountId,
        kind: 'session-token',
        arn: caller.arn,
        ...(caller.userName !== undefined ? { userName: caller.userName } : {}),
        tags: [],
        transitiveTagKeys: [],
        chained: false,
      },
      ctx.now,
      duration,
    );
    await saveSession(ctx.tx, session);
    return { Credentials: credentialsShape(session) };
  },
});
