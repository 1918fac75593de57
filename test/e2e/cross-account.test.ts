// Cross-account AssumeRole between two accounts of one store: the role's trust policy (in the role's
// account) and the caller's identity policy (in the caller's account) must both allow; the session then
// acts in the role's account with the role's permissions. Includes the Image Builder seed scenario:
// EC2ImageBuilderDistributionCrossAccountRole in the target account trusting the source account, with the
// Ec2ImageBuilderCrossAccountDistributionAccess managed policy, assumed by a principal allowed
// "sts:AssumeRole" on arn:aws:iam::*:role/EC2ImageBuilderDistributionCrossAccountRole (the statement of
// AWSServiceRoleForImageBuilder). IAM UG: reference_policies_evaluation-logic-cross-account.html;
// Image Builder UG: cross-account distribution prerequisites.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateUserCommand, GetRoleCommand, GetUserCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetAccessKeyInfoCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { allow, assume, createRole, policy, trust, userWithKey } from './sts-fixtures.js';

const TARGET = '210987654321';
const targetRole = (name: string) => `arn:aws:iam::${TARGET}:role/${name}`;
const denied = (caller: string, resource: string) => ({
  name: 'AccessDenied',
  message: `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${resource}`,
});

describe('cross-account AssumeRole', () => {
  let server: TestServer;
  let targetRoot: Credentials;
  before(async () => {
    server = await startTestServer();
    targetRoot = await server.createAccount(TARGET);
    await createRole(
      server,
      {
        name: 'TrustsSource',
        trust: policy(trust(`arn:aws:iam::${ACCOUNT}:root`)),
        permissions: policy(allow(['iam:CreateUser', 'iam:GetUser'])),
      },
      targetRoot,
    );
  });
  after(() => server.stop());

  it('needs both the trust policy and the caller identity policy', async () => {
    const without = await userWithKey(server, 'no-policy');
    const request = new AssumeRoleCommand({ RoleArn: targetRole('TrustsSource'), RoleSessionName: 'x-acct' });
    await assert.rejects(server.sts(without).send(request), denied(without.arn, targetRole('TrustsSource')));

    const dev = await userWithKey(server, 'dev', policy(allow('sts:AssumeRole', targetRole('TrustsSource'))));
    const result = await server.sts(dev).send(request);
    const role = await server.iam(targetRoot).send(new GetRoleCommand({ RoleName: 'TrustsSource' }));
    assert.deepEqual(result.AssumedRoleUser, {
      AssumedRoleId: `${role.Role?.RoleId}:x-acct`,
      Arn: `arn:aws:sts::${TARGET}:assumed-role/TrustsSource/x-acct`,
    });
  });

  it('denies a caller whose account the trust policy does not name, whatever its identity policy', async () => {
    await createRole(server, { name: 'TrustsNobody', trust: policy(trust(TARGET)) }, targetRoot);
    const eager = await userWithKey(server, 'eager', policy(allow('sts:AssumeRole')));
    await assert.rejects(
      server
        .sts(eager)
        .send(new AssumeRoleCommand({ RoleArn: targetRole('TrustsNobody'), RoleSessionName: 'x-acct' })),
      denied(eager.arn, targetRole('TrustsNobody')),
    );
  });

  it('needs the identity policy even when the trust policy names the user', async () => {
    const named = await userWithKey(server, 'named');
    await createRole(server, { name: 'TrustsNamed', trust: policy(trust(named.arn)) }, targetRoot);
    const request = new AssumeRoleCommand({ RoleArn: targetRole('TrustsNamed'), RoleSessionName: 'x-acct' });
    await assert.rejects(server.sts(named).send(request), denied(named.arn, targetRole('TrustsNamed')));
  });

  it('denies a role that does not exist in the other account', async () => {
    const anyRole = await userWithKey(server, 'any-role', policy(allow('sts:AssumeRole')));
    await assert.rejects(
      server
        .sts(anyRole)
        .send(new AssumeRoleCommand({ RoleArn: targetRole('Missing'), RoleSessionName: 'x-acct' })),
      denied(anyRole.arn, targetRole('Missing')),
    );
  });

  it("gives a session that acts in the role's account with the role's permissions", async () => {
    const dev2 = await userWithKey(
      server,
      'dev2',
      policy(allow('sts:AssumeRole', targetRole('TrustsSource'))),
    );
    const session = await assume(server, dev2, {
      RoleArn: targetRole('TrustsSource'),
      RoleSessionName: 'worker',
    });
    const identity = await server.sts(session).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, TARGET);
    assert.equal(identity.Arn, `arn:aws:sts::${TARGET}:assumed-role/TrustsSource/worker`);
    const created = await server.iam(session).send(new CreateUserCommand({ UserName: 'made-by-session' }));
    assert.equal(created.User?.Arn, `arn:aws:iam::${TARGET}:user/made-by-session`);
    // The user exists in the target account, not in the caller's.
    await server.iam(targetRoot).send(new GetUserCommand({ UserName: 'made-by-session' }));
    await assert.rejects(server.iam().send(new GetUserCommand({ UserName: 'made-by-session' })), {
      name: 'NoSuchEntityException',
    });
    const info = await server
      .sts(targetRoot)
      .send(new GetAccessKeyInfoCommand({ AccessKeyId: session.accessKeyId }));
    assert.equal(info.Account, TARGET);
  });

  it('checks sts:ExternalId across accounts', async () => {
    await createRole(
      server,
      {
        name: 'Vendor',
        trust: policy(
          trust(ACCOUNT, ['sts:AssumeRole'], {
            Condition: { StringEquals: { 'sts:ExternalId': 'Example987' } },
          }),
        ),
      },
      targetRoot,
    );
    const broker = await userWithKey(server, 'broker', policy(allow('sts:AssumeRole', targetRole('Vendor'))));
    await assert.rejects(
      server
        .sts(broker)
        .send(new AssumeRoleCommand({ RoleArn: targetRole('Vendor'), RoleSessionName: 'x-acct' })),
      denied(broker.arn, targetRole('Vendor')),
    );
    const ok = await server.sts(broker).send(
      new AssumeRoleCommand({
        RoleArn: targetRole('Vendor'),
        RoleSessionName: 'x-acct',
        ExternalId: 'Example987',
      }),
    );
    assert.ok(ok.Credentials?.AccessKeyId);
  });

  describe('Image Builder cross-account distribution (seed scenario)', () => {
    const DISTRIBUTION_ROLE = 'EC2ImageBuilderDistributionCrossAccountRole';
    let distributor: Credentials;
    before(async () => {
      await createRole(
        server,
        {
          name: DISTRIBUTION_ROLE,
          trust: policy(trust(`arn:aws:iam::${ACCOUNT}:root`)),
          managed: ['arn:aws:iam::aws:policy/Ec2ImageBuilderCrossAccountDistributionAccess'],
        },
        targetRoot,
      );
      // The source-account principal, allowed the way AWSServiceRoleForImageBuilder allows it.
      distributor = await userWithKey(
        server,
        'image-distributor',
        policy(allow('sts:AssumeRole', `arn:aws:iam::*:role/${DISTRIBUTION_ROLE}`)),
      );
    });

    it('lets the source account assume the distribution role in the target account', async () => {
      const session = await assume(server, distributor, {
        RoleArn: targetRole(DISTRIBUTION_ROLE),
        RoleSessionName: 'imagebuilder-distribution',
      });
      const identity = await server.sts(session).send(new GetCallerIdentityCommand({}));
      assert.equal(
        identity.Arn,
        `arn:aws:sts::${TARGET}:assumed-role/${DISTRIBUTION_ROLE}/imagebuilder-distribution`,
      );
      // The role grants only EC2 image actions: IAM requests are denied.
      await assert.rejects(server.iam(session).send(new CreateUserCommand({ UserName: 'not-allowed' })), {
        name: 'AccessDenied',
      });
    });

    it('is not assumable by a third account the trust policy does not name', async () => {
      const otherRoot = await server.createAccount('333333333333');
      const outsider = await userWithKey(server, 'outsider', policy(allow('sts:AssumeRole')), otherRoot);
      await assert.rejects(
        server.sts(outsider).send(
          new AssumeRoleCommand({
            RoleArn: targetRole(DISTRIBUTION_ROLE),
            RoleSessionName: 'imagebuilder-distribution',
          }),
        ),
        denied(outsider.arn, targetRole(DISTRIBUTION_ROLE)),
      );
    });
  });
});
