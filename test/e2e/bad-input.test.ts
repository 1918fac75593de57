// Bad input never changes state (issue 3): malformed form bodies, unknown or missing Actions, missing and
// invalid parameters, oversized bodies and malformed policy documents are refused with AWS's error codes,
// and after each refusal the whole store is exactly as before. Failed creations that carry tags leave no
// entity behind. Errors: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetInstanceProfileCommand,
  GetRoleCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  type CreateRoleCommandInput,
  type CreateUserCommandInput,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, type AssumeRoleCommandInput } from '@aws-sdk/client-sts';
import { MAX_BODY_BYTES } from '../../src/server/http-server.js';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import {
  allowPolicy,
  createUserWithKey,
  policyText,
  rejection,
  type UserWithKey,
} from './support/iam-helpers.js';
import { IAM_VERSION, get, queryError, signPost, signedPost, send } from './support/raw-http.js';
import { settle, unwrap, type Settled } from './support/settled.js';
import { storeSnapshot } from './support/store-snapshot.js';

const TRUST_EC2 = policyText({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const TAGS = [
  { Key: 'team', Value: 'images' },
  { Key: 'cost-center', Value: '42' },
];

describe('bad input never changes state', () => {
  let server: TestServer;
  let roleMaker: Settled<UserWithKey>;
  let profileEditor: Settled<UserWithKey>;
  let roleAssumer: Settled<UserWithKey>;
  /** Users and roles the successful requests of this file create; nothing else may appear. */
  const expectedUsers = ['baseline'];
  const expectedRoles: string[] = [];

  async function step<T>(work: () => Promise<T>, users: string[], roles: string[] = []) {
    const settled = await settle(work);
    if (settled.ok) {
      expectedUsers.push(...users);
      expectedRoles.push(...roles);
    }
    return settled;
  }

  before(async () => {
    server = await startTestServer();
    const iam = server.iam();
    await iam.send(new CreateUserCommand({ UserName: 'baseline' }));
    // A user allowed to create roles but not to tag them.
    roleMaker = await step(
      () => createUserWithKey(iam, 'role-maker', allowPolicy('iam:CreateRole')),
      ['role-maker'],
    );
    // A user allowed to add roles to instance profiles, but not to pass them.
    profileEditor = await step(
      async () => {
        await iam.send(
          new CreateRoleCommand({ RoleName: 'profile-role', AssumeRolePolicyDocument: TRUST_EC2 }),
        );
        await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'empty-profile' }));
        return createUserWithKey(iam, 'profile-editor', allowPolicy('iam:AddRoleToInstanceProfile'));
      },
      ['profile-editor'],
      ['profile-role'],
    );
    // A user allowed to assume a role that trusts the account.
    roleAssumer = await step(
      async () => {
        const trust = policyText({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' },
          ],
        });
        await iam.send(new CreateRoleCommand({ RoleName: 'assumable', AssumeRolePolicyDocument: trust }));
        return createUserWithKey(iam, 'role-assumer', allowPolicy('sts:AssumeRole'));
      },
      ['role-assumer'],
      ['assumable'],
    );
  });
  after(() => server.stop());

  /** Runs `work` (which must fail) and asserts that the store is exactly as before. */
  async function unchanged(work: () => Promise<void>): Promise<void> {
    const before = await storeSnapshot(server);
    await work();
    assert.equal(await storeSnapshot(server), before, 'the refused request changed the store');
  }

  async function rawQueryError(body: string, status: number, code: string) {
    const response = await signedPost(server.url, body);
    assert.equal(response.status, status, response.body);
    const error = queryError(response);
    assert.equal(error.code, code);
    assert.equal(error.type, 'Sender');
    return error;
  }

  describe('malformed form bodies', () => {
    for (const body of [
      `Action=CreateUser&Version=${IAM_VERSION}&UserName=bad%zzname`,
      `Action=CreateUser&Version=${IAM_VERSION}&UserName=truncated%4`,
      `Action=CreateUser&Version=${IAM_VERSION}&User%G1Name=x`,
      `Action=CreateUser&Version=${IAM_VERSION}&UserName=not-utf8-%C3%28`,
    ]) {
      it(`answers MalformedQueryString (404) for ${body.slice(body.lastIndexOf('&') + 1)}`, () =>
        unchanged(async () => {
          await rawQueryError(body, 404, 'MalformedQueryString');
        }));
    }

    it('answers MalformedQueryString for a GET whose query string has a bad percent-escape', () =>
      unchanged(async () => {
        const response = await get(server.url, `/?Action=CreateUser&Version=${IAM_VERSION}&UserName=x%zz`);
        assert.equal(response.status, 404, response.body);
        assert.equal(queryError(response).code, 'MalformedQueryString');
      }));
  });

  describe('unknown and missing Action', () => {
    it('answers InvalidAction for an operation IAM does not have', () =>
      unchanged(async () => {
        const error = await rawQueryError(
          `Action=CreateUsers&Version=${IAM_VERSION}&UserName=typo`,
          400,
          'InvalidAction',
        );
        assert.equal(error.message, `Could not find operation CreateUsers for version ${IAM_VERSION}`);
      }));

    it('answers InvalidAction for an IAM operation with another API version', () =>
      unchanged(async () => {
        const error = await rawQueryError(
          'Action=CreateUser&Version=2011-06-15&UserName=wrong-version',
          400,
          'InvalidAction',
        );
        assert.equal(error.message, 'Could not find operation CreateUser for version 2011-06-15');
      }));

    it('answers InvalidAction for an STS operation signed for IAM', () =>
      unchanged(async () => {
        await rawQueryError(`Action=GetCallerIdentity&Version=${IAM_VERSION}`, 400, 'InvalidAction');
      }));

    it('answers MissingAction when there is no Action parameter', () =>
      unchanged(async () => {
        await rawQueryError(`Version=${IAM_VERSION}&UserName=no-action`, 400, 'MissingAction');
        await rawQueryError('', 400, 'MissingAction');
      }));
  });

  describe('missing and invalid parameters (ValidationError)', () => {
    const notNull = (member: string) =>
      `Value null at '${member}' failed to satisfy constraint: Member must not be null`;

    it('names a missing required member in AWS words (CreateUser without UserName)', () =>
      unchanged(async () => {
        const error = await rejection(server.iam().send(new CreateUserCommand({} as CreateUserCommandInput)));
        assert.equal(error.name, 'ValidationError');
        assert.equal(error.message, `1 validation error detected: ${notNull('userName')}`);
        assert.equal(error.$metadata?.httpStatusCode, 400);
      }));

    it('names a missing RoleName exactly as AWS does', () =>
      unchanged(async () => {
        const input = { AssumeRolePolicyDocument: TRUST_EC2 } as CreateRoleCommandInput;
        const error = await rejection(server.iam().send(new CreateRoleCommand(input)));
        assert.equal(error.name, 'ValidationError');
        assert.equal(error.message, `1 validation error detected: ${notNull('roleName')}`);
      }));

    it('counts and lists every problem in one ValidationError', () =>
      unchanged(async () => {
        const error = await rejection(server.iam().send(new CreateRoleCommand({} as CreateRoleCommandInput)));
        assert.equal(error.name, 'ValidationError');
        assert.match(error.message, /^2 validation errors detected: /);
        assert.ok(error.message.includes(notNull('roleName')), error.message);
        assert.ok(error.message.includes(notNull('assumeRolePolicyDocument')), error.message);
      }));

    it('quotes a name that breaks the name pattern', () =>
      unchanged(async () => {
        const error = await rejection(server.iam().send(new CreateUserCommand({ UserName: 'bad name!' })));
        assert.equal(error.name, 'ValidationError');
        assert.equal(
          error.message,
          "1 validation error detected: Value 'bad name!' at 'userName' failed to satisfy constraint: " +
            'Member must satisfy regular expression pattern: [\\w+=,.@-]+',
        );
      }));

    it('refuses a user name longer than 64 characters', () =>
      unchanged(async () => {
        const name = 'u'.repeat(65);
        const error = await rejection(server.iam().send(new CreateUserCommand({ UserName: name })));
        assert.equal(error.name, 'ValidationError');
        assert.equal(
          error.message,
          `1 validation error detected: Value '${name}' at 'userName' failed to satisfy constraint: ` +
            'Member must have length less than or equal to 64',
        );
      }));

    // The path pattern is (\u002F)|(\u002F[\u0021-\u007E]+\u002F): a path begins AND ends with a slash.
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html (Path)
    for (const path of ['/team', 'team/']) {
      it(`refuses the path ${path}`, () =>
        unchanged(async () => {
          const error = await rejection(
            server.iam().send(new CreateUserCommand({ UserName: 'pathless', Path: path })),
          );
          assert.equal(error.name, 'ValidationError');
          assert.equal(
            error.message,
            `1 validation error detected: Value '${path}' at 'path' failed to satisfy constraint: ` +
              'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
          );
        }));
    }

    it('names a missing RoleArn of STS AssumeRole', () =>
      unchanged(async () => {
        const input = { RoleSessionName: 'session' } as AssumeRoleCommandInput;
        const error = await rejection(server.sts().send(new AssumeRoleCommand(input)));
        assert.equal(error.name, 'ValidationError');
        assert.equal(error.message, `1 validation error detected: ${notNull('roleArn')}`);
      }));
  });

  describe('body size', () => {
    const prefix = `Action=CreateUser&Version=${IAM_VERSION}&UserName=`;

    it(`refuses a body over ${MAX_BODY_BYTES} bytes with 413 RequestEntityTooLarge`, () =>
      unchanged(async () => {
        // Were it read, this body would create the user "oversized" (IAM ignores the padding parameter).
        const head = `${prefix}oversized&Padding=`;
        const body = head + 'p'.repeat(MAX_BODY_BYTES + 1 - head.length);
        assert.equal(Buffer.byteLength(body), MAX_BODY_BYTES + 1);
        const response = await signedPost(server.url, body);
        assert.equal(response.status, 413);
        assert.equal(queryError(response).code, 'RequestEntityTooLarge');
      }));

    it('refuses an oversized body even before checking its signature', () =>
      unchanged(async () => {
        const body = `${prefix}unsigned-oversized&Padding=${'p'.repeat(MAX_BODY_BYTES)}`;
        const response = await send(
          server.url,
          'POST',
          '/',
          { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        );
        assert.equal(response.status, 413);
      }));

    it(`reads a body of exactly ${MAX_BODY_BYTES} bytes (and validates it)`, () =>
      unchanged(async () => {
        const body = prefix + 'a'.repeat(MAX_BODY_BYTES - prefix.length);
        const response = await send(server.url, 'POST', '/', await signPost(server.url, body), body);
        assert.equal(response.status, 400);
        assert.equal(queryError(response).code, 'ValidationError');
      }));
  });

  describe('malformed policy documents (MalformedPolicyDocument)', () => {
    const truncated = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow"';

    it('refuses a trust policy that is not JSON, and creates no role', () =>
      unchanged(async () => {
        const error = await rejection(
          server
            .iam()
            .send(new CreateRoleCommand({ RoleName: 'bad-trust', AssumeRolePolicyDocument: truncated })),
        );
        assert.equal(error.name, 'MalformedPolicyDocumentException');
        assert.equal(error.message, 'Syntax errors in policy.');
      }));

    it('refuses a trust policy whose Effect is neither Allow nor Deny', () =>
      unchanged(async () => {
        const document = policyText({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Permit', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        });
        const error = await rejection(
          server
            .iam()
            .send(new CreateRoleCommand({ RoleName: 'permit-trust', AssumeRolePolicyDocument: document })),
        );
        assert.equal(error.name, 'MalformedPolicyDocumentException');
      }));

    it('refuses a managed policy that is not JSON', () =>
      unchanged(async () => {
        const error = await rejection(
          server
            .iam()
            .send(new CreatePolicyCommand({ PolicyName: 'not-json', PolicyDocument: 'Allow everything' })),
        );
        assert.equal(error.name, 'MalformedPolicyDocumentException');
      }));

    it('refuses an inline user policy that is not JSON', () =>
      unchanged(async () => {
        const error = await rejection(
          server.iam().send(
            new PutUserPolicyCommand({
              UserName: 'baseline',
              PolicyName: 'broken',
              PolicyDocument: truncated,
            }),
          ),
        );
        assert.equal(error.name, 'MalformedPolicyDocumentException');
      }));
  });

  it('refuses a session policy that is not JSON (STS AssumeRole), and issues no session', async () => {
    const assumer = unwrap(roleAssumer, 'role assumable and user role-assumer');
    await unchanged(async () => {
      const error = await rejection(
        server.sts(assumer.credentials).send(
          new AssumeRoleCommand({
            RoleArn: `arn:aws:iam::${ACCOUNT}:role/assumable`,
            RoleSessionName: 'bad-policy',
            Policy: '{"Version":"2012-10-17","Statement":',
          }),
        ),
      );
      assert.equal(error.name, 'MalformedPolicyDocumentException');
    });
  });

  it('an AccessDenied for iam:PassRole (AddRoleToInstanceProfile) leaves the instance profile empty', async () => {
    const editor = unwrap(profileEditor, 'role, instance profile and user profile-editor');
    await unchanged(async () => {
      const error = await rejection(
        server.iam(editor.credentials).send(
          new AddRoleToInstanceProfileCommand({
            InstanceProfileName: 'empty-profile',
            RoleName: 'profile-role',
          }),
        ),
      );
      assert.equal(error.name, 'AccessDenied');
      assert.ok(error.message.includes('iam:PassRole'), error.message);
    });
    const profile = await server
      .iam()
      .send(new GetInstanceProfileCommand({ InstanceProfileName: 'empty-profile' }));
    assert.deepEqual(profile.InstanceProfile?.Roles, []);
  });

  describe('a failed CreateRole with tags leaves no role', () => {
    async function assertNoRole(name: string) {
      const error = await rejection(server.iam().send(new GetRoleCommand({ RoleName: name })));
      assert.equal(error.name, 'NoSuchEntityException');
      assert.equal(error.message, `The role with name ${name} cannot be found.`);
    }

    it('when the trust policy is malformed', async () => {
      await unchanged(async () => {
        const error = await rejection(
          server.iam().send(
            new CreateRoleCommand({
              RoleName: 'tagged-bad-trust',
              AssumeRolePolicyDocument: '{',
              Tags: TAGS,
            }),
          ),
        );
        assert.equal(error.name, 'MalformedPolicyDocumentException');
      });
      await assertNoRole('tagged-bad-trust');
    });

    it('when the permissions boundary does not exist', async () => {
      await unchanged(async () => {
        const error = await rejection(
          server.iam().send(
            new CreateRoleCommand({
              RoleName: 'tagged-bad-boundary',
              AssumeRolePolicyDocument: TRUST_EC2,
              PermissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/no-such-boundary`,
              Tags: TAGS,
            }),
          ),
        );
        assert.equal(error.name, 'NoSuchEntityException');
      });
      await assertNoRole('tagged-bad-boundary');
    });

    it('when the caller may create roles but not tag them (iam:TagRole)', async () => {
      const maker = unwrap(roleMaker, 'user role-maker with an access key');
      const iam = server.iam(maker.credentials);
      await unchanged(async () => {
        const error = await rejection(
          iam.send(
            new CreateRoleCommand({
              RoleName: 'tagged-denied',
              AssumeRolePolicyDocument: TRUST_EC2,
              Tags: TAGS,
            }),
          ),
        );
        assert.equal(error.name, 'AccessDenied');
        assert.equal(
          error.message,
          `User: ${maker.arn} is not authorized to perform: iam:TagRole on resource: ` +
            `arn:aws:iam::${ACCOUNT}:role/tagged-denied because no identity-based policy allows the iam:TagRole action`,
        );
      });
      await assertNoRole('tagged-denied');
      // The same request without tags needs only iam:CreateRole.
      const created = await iam.send(
        new CreateRoleCommand({ RoleName: 'untagged', AssumeRolePolicyDocument: TRUST_EC2 }),
      );
      assert.equal(created.Role?.Arn, `arn:aws:iam::${ACCOUNT}:role/untagged`);
      expectedRoles.push('untagged');
    });

    it('when the name is taken (case-insensitively): the existing role keeps its tags', async () => {
      expectedRoles.push('dup-role');
      await server.iam().send(
        new CreateRoleCommand({
          RoleName: 'dup-role',
          AssumeRolePolicyDocument: TRUST_EC2,
          Tags: [TAGS[0]!],
        }),
      );
      await unchanged(async () => {
        const error = await rejection(
          server.iam().send(
            new CreateRoleCommand({
              RoleName: 'DUP-ROLE',
              AssumeRolePolicyDocument: TRUST_EC2,
              Tags: TAGS,
            }),
          ),
        );
        assert.equal(error.name, 'EntityAlreadyExistsException');
        assert.match(error.message, /^Role with name DUP-ROLE already exists\.$/i);
      });
      const role = await server.iam().send(new GetRoleCommand({ RoleName: 'dup-role' }));
      assert.deepEqual(role.Role?.Tags, [TAGS[0]]);
    });
  });

  it('ListUsers and ListRoles show only what the successful requests created', async () => {
    const users = await server.iam().send(new ListUsersCommand({}));
    assert.deepEqual((users.Users ?? []).map((u) => u.UserName).sort(), [...expectedUsers].sort());
    const roles = await server.iam().send(new ListRolesCommand({}));
    assert.deepEqual((roles.Roles ?? []).map((r) => r.RoleName).sort(), [...expectedRoles].sort());
  });
});
