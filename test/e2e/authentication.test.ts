// Authentication (issue 3): every request is SigV4-signed, in the Authorization header or a presigned URL,
// and failures carry AWS's codes and messages: unknown or inactive key -> InvalidClientTokenId, bad
// signature or clock skew over 15 minutes -> SignatureDoesNotMatch, no signature ->
// MissingAuthenticationToken, expired temporary credentials -> ExpiredToken. GET /health needs no signature.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html
// https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  ListUsersCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { SessionRecord } from '../../src/store/records.js';
import { ACCOUNT, ROOT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { rejection } from './support/iam-helpers.js';
import {
  STS_VERSION,
  form,
  get,
  parseXml,
  presignedPath,
  queryError,
  send,
  signPost,
  unsignedPost,
} from './support/raw-http.js';
import { storeSnapshot } from './support/store-snapshot.js';

const INVALID_TOKEN = 'The security token included in the request is invalid.';
const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const AMZ_DATE = '\\d{8}T\\d{6}Z';
const GET_CALLER_IDENTITY = form({ Action: 'GetCallerIdentity', Version: STS_VERSION });

interface CallerIdentityXml {
  GetCallerIdentityResponse?: {
    GetCallerIdentityResult?: { Arn?: string; Account?: string; UserId?: string };
  };
}

describe('authentication', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  /** An STS client whose clock runs `offsetMs` away from the real one (the SDK's systemClockOffset). */
  const skewedSts = (offsetMs: number, credentials: Credentials = ROOT) =>
    new STSClient({
      endpoint: server.url,
      region: 'us-east-1',
      credentials,
      maxAttempts: 1,
      systemClockOffset: offsetMs,
    });

  async function putSession(
    session: Omit<
      SessionRecord,
      'accountId' | 'issuedAt' | 'kind' | 'arn' | 'tags' | 'transitiveTagKeys' | 'chained'
    >,
  ) {
    const record: SessionRecord = {
      ...session,
      accountId: ACCOUNT,
      issuedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
      kind: 'session-token',
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      tags: [],
      transitiveTagKeys: [],
      chained: false,
    };
    await server.ibiam.store.write((tx) => tx.put('sessions', ACCOUNT, record.accessKeyId, record));
  }

  describe('access keys', () => {
    it('accepts the default root credentials', async () => {
      const identity = await server.sts().send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, `arn:aws:iam::${ACCOUNT}:root`);
    });

    it('answers InvalidClientTokenId (403) for an unknown access key', async () => {
      const client = server.sts({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' });
      const error = await rejection(client.send(new GetCallerIdentityCommand({})));
      assert.equal(error.name, 'InvalidClientTokenId');
      assert.equal(error.message, INVALID_TOKEN);
      assert.equal(error.$metadata?.httpStatusCode, 403);
    });

    it('answers InvalidClientTokenId for an account root key made inactive, and accepts it again once active', async () => {
      const credentials = await server.createAccount('210987654321');
      const setStatus = (status: 'Active' | 'Inactive') =>
        server.ibiam.store.write(async (tx) => {
          const key = await tx.find('access-keys', credentials.accessKeyId);
          assert.ok(key);
          await tx.put('access-keys', key.accountId, key.accessKeyId, { ...key, status });
        });
      await setStatus('Inactive');
      const error = await rejection(server.sts(credentials).send(new GetCallerIdentityCommand({})));
      assert.equal(error.name, 'InvalidClientTokenId');
      await setStatus('Active');
      const identity = await server.sts(credentials).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Account, '210987654321');
    });

    it("refuses an IAM user's key set Inactive with UpdateAccessKey, and a deleted key", async () => {
      await server.iam().send(new CreateUserCommand({ UserName: 'key-owner' }));
      const created = await server.iam().send(new CreateAccessKeyCommand({ UserName: 'key-owner' }));
      const key = created.AccessKey!;
      const credentials = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
      const identity = await server.sts(credentials).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, `arn:aws:iam::${ACCOUNT}:user/key-owner`);

      await server.iam().send(
        new UpdateAccessKeyCommand({
          UserName: 'key-owner',
          AccessKeyId: key.AccessKeyId,
          Status: 'Inactive',
        }),
      );
      const inactive = await rejection(server.sts(credentials).send(new GetCallerIdentityCommand({})));
      assert.equal(inactive.name, 'InvalidClientTokenId');
      assert.equal(inactive.message, INVALID_TOKEN);

      await server.iam().send(
        new UpdateAccessKeyCommand({
          UserName: 'key-owner',
          AccessKeyId: key.AccessKeyId,
          Status: 'Active',
        }),
      );
      await server.sts(credentials).send(new GetCallerIdentityCommand({}));

      await server
        .iam()
        .send(new DeleteAccessKeyCommand({ UserName: 'key-owner', AccessKeyId: key.AccessKeyId }));
      const deleted = await rejection(server.sts(credentials).send(new GetCallerIdentityCommand({})));
      assert.equal(deleted.name, 'InvalidClientTokenId');
    });
  });

  describe('signatures', () => {
    it('answers SignatureDoesNotMatch (403) for a wrong secret', async () => {
      const error = await rejection(
        server
          .sts({ accessKeyId: ROOT.accessKeyId, secretAccessKey: 'wrong' })
          .send(new GetCallerIdentityCommand({})),
      );
      assert.equal(error.name, 'SignatureDoesNotMatch');
      assert.equal(error.message, SIGNATURE_MISMATCH);
      assert.equal(error.$metadata?.httpStatusCode, 403);
    });

    it('answers SignatureDoesNotMatch for a body changed after signing, and runs nothing', async () => {
      const before = await storeSnapshot(server);
      const signed = form({ Action: 'ListUsers', Version: '2010-05-08' });
      const sent = form({ Action: 'CreateUser', Version: '2010-05-08', UserName: 'smuggled' });
      const headers = await signPost(server.url, signed);
      const response = await send(server.url, 'POST', '/', headers, sent);
      assert.equal(response.status, 403);
      assert.equal(queryError(response).code, 'SignatureDoesNotMatch');
      assert.equal(await storeSnapshot(server), before);
    });

    it('answers SignatureDoesNotMatch "Signature expired" for a clock 20 minutes behind', async () => {
      const error = await rejection(skewedSts(-20 * 60_000).send(new GetCallerIdentityCommand({})));
      assert.equal(error.name, 'SignatureDoesNotMatch');
      assert.match(
        error.message,
        new RegExp(
          `^Signature expired: ${AMZ_DATE} is now earlier than ${AMZ_DATE} \\(${AMZ_DATE} - 15 min\\.\\)$`,
        ),
      );
    });

    it('answers SignatureDoesNotMatch "Signature not yet current" for a clock 20 minutes ahead', async () => {
      const error = await rejection(skewedSts(20 * 60_000).send(new GetCallerIdentityCommand({})));
      assert.equal(error.name, 'SignatureDoesNotMatch');
      assert.match(
        error.message,
        new RegExp(
          `^Signature not yet current: ${AMZ_DATE} is still later than ${AMZ_DATE} \\(${AMZ_DATE} \\+ 15 min\\.\\)$`,
        ),
      );
    });

    it('accepts a clock 10 minutes off (within the 15-minute window)', async () => {
      const behind = await skewedSts(-10 * 60_000).send(new GetCallerIdentityCommand({}));
      assert.equal(behind.Account, ACCOUNT);
      const ahead = await skewedSts(10 * 60_000).send(new GetCallerIdentityCommand({}));
      assert.equal(ahead.Account, ACCOUNT);
    });

    it('answers MissingAuthenticationToken (403) for an unsigned request, and runs nothing', async () => {
      const before = await storeSnapshot(server);
      const response = await unsignedPost(
        server.url,
        form({ Action: 'CreateUser', Version: '2010-05-08', UserName: 'anonymous' }),
      );
      assert.equal(response.status, 403);
      const error = queryError(response);
      assert.equal(error.code, 'MissingAuthenticationToken');
      assert.equal(error.message, 'Request is missing Authentication Token');
      assert.equal(await storeSnapshot(server), before);
      const unsignedGet = await get(server.url, `/?${GET_CALLER_IDENTITY}`);
      assert.equal(unsignedGet.status, 403);
      assert.equal(queryError(unsignedGet).code, 'MissingAuthenticationToken');
    });

    it('answers IncompleteSignature (400) for an Authorization header without its parts', async () => {
      const response = await send(
        server.url,
        'POST',
        '/',
        {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/sts/aws4_request',
        },
        GET_CALLER_IDENTITY,
      );
      assert.equal(response.status, 400);
      assert.equal(queryError(response).code, 'IncompleteSignature');
    });
  });

  describe('presigned URLs', () => {
    it('accepts a presigned STS GetCallerIdentity GET (X-Amz-* in the query)', async () => {
      const path = await presignedPath(
        server.url,
        { Action: 'GetCallerIdentity', Version: STS_VERSION },
        { service: 'sts' },
      );
      assert.match(path, /X-Amz-Signature=/);
      const response = await get(server.url, path);
      assert.equal(response.status, 200, response.body);
      const result = (parseXml(response.body) as CallerIdentityXml).GetCallerIdentityResponse
        ?.GetCallerIdentityResult;
      assert.equal(result?.Arn, `arn:aws:iam::${ACCOUNT}:root`);
      assert.equal(result?.Account, ACCOUNT);
    });

    it('refuses a presigned URL with a parameter added after signing', async () => {
      const path = await presignedPath(
        server.url,
        { Action: 'GetCallerIdentity', Version: STS_VERSION },
        { service: 'sts' },
      );
      const response = await get(server.url, `${path}&Extra=1`);
      assert.equal(response.status, 403);
      assert.equal(queryError(response).code, 'SignatureDoesNotMatch');
    });

    it('refuses a presigned URL signed 20 minutes ago', async () => {
      const path = await presignedPath(
        server.url,
        { Action: 'GetCallerIdentity', Version: STS_VERSION },
        { service: 'sts', signingDate: new Date(Date.now() - 20 * 60_000) },
      );
      const response = await get(server.url, path);
      assert.equal(response.status, 403);
      const error = queryError(response);
      assert.equal(error.code, 'SignatureDoesNotMatch');
      assert.match(error.message, /^Signature expired: /);
    });
  });

  describe('temporary credentials', () => {
    const valid = {
      accessKeyId: 'ASIAVALIDSESSION0001',
      secretAccessKey: 'valid-session-secret',
      sessionToken: 'valid-session-token',
    };
    const expired = {
      accessKeyId: 'ASIAEXPIREDSESSION01',
      secretAccessKey: 'expired-session-secret',
      sessionToken: 'expired-session-token',
    };

    before(async () => {
      await putSession({ ...valid, expiration: new Date(Date.now() + 3600_000).toISOString() });
      await putSession({ ...expired, expiration: new Date(Date.now() - 60_000).toISOString() });
    });

    it('accepts a session that has not expired', async () => {
      const identity = await server.sts(valid).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, `arn:aws:iam::${ACCOUNT}:root`);
    });

    it('answers ExpiredToken (403) for an expired session, on STS and IAM alike', async () => {
      const sts = await rejection(server.sts(expired).send(new GetCallerIdentityCommand({})));
      assert.equal(sts.name, 'ExpiredToken');
      assert.equal(sts.message, 'The security token included in the request is expired');
      assert.equal(sts.$metadata?.httpStatusCode, 403);
      const iam = await rejection(server.iam(expired).send(new ListUsersCommand({})));
      assert.equal(iam.name, 'ExpiredToken');
    });

    it('answers InvalidClientTokenId for a session key with a wrong or missing session token', async () => {
      const wrong = await rejection(
        server.sts({ ...valid, sessionToken: 'another-token' }).send(new GetCallerIdentityCommand({})),
      );
      assert.equal(wrong.name, 'InvalidClientTokenId');
      const missing = await rejection(
        server
          .sts({ accessKeyId: valid.accessKeyId, secretAccessKey: valid.secretAccessKey })
          .send(new GetCallerIdentityCommand({})),
      );
      assert.equal(missing.name, 'InvalidClientTokenId');
    });

    it('accepts a presigned URL carrying a session token (X-Amz-Security-Token)', async () => {
      const path = await presignedPath(
        server.url,
        { Action: 'GetCallerIdentity', Version: STS_VERSION },
        { service: 'sts', credentials: valid },
      );
      assert.match(path, /X-Amz-Security-Token=/);
      const response = await get(server.url, path);
      assert.equal(response.status, 200, response.body);
    });
  });

  describe('health', () => {
    for (const path of ['/health', '/_ibiam/health']) {
      it(`answers GET ${path} without a signature`, async () => {
        const response = await get(server.url, path);
        assert.equal(response.status, 200);
        assert.match(String(response.headers['content-type']), /^application\/json/);
        assert.deepEqual(JSON.parse(response.body), { status: 'ok' });
      });
    }
  });
});
