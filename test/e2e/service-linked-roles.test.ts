// Service-linked roles end to end with the AWS SDK: CreateServiceLinkedRole (Image Builder's role and
// others, custom suffixes, names taken), protection against changes by users (UnmodifiableEntity),
// DeleteServiceLinkedRole with its deletion task, and authorization with iam:AWSServiceName as in
// AWSImageBuilderFullAccess.
// Expected messages: IAM API reference pages and AWS error transcripts cited next to each test.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  CreateServiceLinkedRoleCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  DeleteRolePolicyCommand,
  DeleteServiceLinkedRoleCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetServiceLinkedRoleDeletionStatusCommand,
  ListAttachedRolePoliciesCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';

const IB = 'imagebuilder.amazonaws.com';
const IB_ROLE = 'AWSServiceRoleForImageBuilder';
const IB_PATH = `/aws-service-role/${IB}/`;
const IB_ARN = `arn:aws:iam::${ACCOUNT}:role${IB_PATH}${IB_ROLE}`;
const IB_POLICY = 'arn:aws:iam::aws:policy/aws-service-role/AWSServiceRoleForImageBuilder';
const SSM_CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';
const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/** A user with the given managed policies and an access key, written straight to the store. */
async function userWithPolicies(
  server: TestServer,
  name: string,
  attached: readonly string[],
): Promise<Credentials> {
  const keys = {
    accessKeyId: `AKIA${name.toUpperCase().padEnd(16, 'X').slice(0, 16)}`,
    secretAccessKey: 's',
  };
  const now = new Date().toISOString();
  await server.ibiam.store.write(async (tx) => {
    await tx.put('users', ACCOUNT, name.toLowerCase(), {
      accountId: ACCOUNT,
      name,
      id: `AIDA${name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
      path: '/',
      arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
      createDate: now,
      tags: [],
      groups: [],
      attachedPolicies: [...attached],
      inlinePolicies: [],
    });
    await tx.put('access-keys', ACCOUNT, keys.accessKeyId, {
      ...keys,
      accountId: ACCOUNT,
      userName: name,
      status: 'Active',
      createDate: now,
    });
  });
  return keys;
}

describe('service-linked roles', () => {
  let server: TestServer;
  let iam: IAMClient;
  before(async () => {
    server = await startTestServer();
    iam = server.iam();
  });
  after(() => server.stop());

  it("creates Image Builder's service-linked role with its trust policy and managed policy", async () => {
    // https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
    const { Role: role } = await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: IB }));
    assert.equal(role?.RoleName, IB_ROLE);
    assert.equal(role?.Path, IB_PATH);
    assert.equal(role?.Arn, IB_ARN);
    assert.match(role?.RoleId ?? '', /^AROA/);
    const trust = JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? '')) as {
      Statement: { Effect: string; Principal: { Service: string }; Action: string }[];
    };
    assert.deepEqual(trust.Statement, [
      { Effect: 'Allow', Principal: { Service: IB }, Action: 'sts:AssumeRole' },
    ]);
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: IB_ROLE }));
    assert.deepEqual(attached.AttachedPolicies, [
      { PolicyName: 'AWSServiceRoleForImageBuilder', PolicyArn: IB_POLICY },
    ]);
    const got = await iam.send(new GetRoleCommand({ RoleName: IB_ROLE }));
    assert.equal(got.Role?.Arn, IB_ARN);
  });

  it('refuses to create it twice', async () => {
    // AWS CLI transcripts: "Service role name AWSServiceRoleForEC2Spot has been taken in this account, ..."
    await assert.rejects(iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: IB })), {
      name: 'InvalidInputException',
      message: `Service role name ${IB_ROLE} has been taken in this account, please try a different suffix.`,
    });
  });

  it('knows other services, takes a custom suffix only where the service does', async () => {
    const spot = await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'spot.amazonaws.com' }));
    assert.equal(
      spot.Role?.Arn,
      `arn:aws:iam::${ACCOUNT}:role/aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot`,
    );
    const asg = await iam.send(
      new CreateServiceLinkedRoleCommand({
        AWSServiceName: 'autoscaling.amazonaws.com',
        CustomSuffix: 'fleet',
        Description: 'for the fleet',
      }),
    );
    assert.equal(asg.Role?.RoleName, 'AWSServiceRoleForAutoScaling_fleet');
    assert.equal(asg.Role?.Description, 'for the fleet');
    // terraform-community-modules/tf_aws_elasticsearch#23: "Custom suffix is not allowed for es.amazonaws.com"
    await assert.rejects(
      iam.send(
        new CreateServiceLinkedRoleCommand({ AWSServiceName: 'ecs.amazonaws.com', CustomSuffix: 'x' }),
      ),
      { name: 'InvalidInputException', message: 'Custom suffix is not allowed for ecs.amazonaws.com' },
    );
    await assert.rejects(
      iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'nothing.amazonaws.com' })),
      {
        name: 'InvalidInputException',
      },
    );
  });

  it('refuses every change a user makes to a service-linked role with UnmodifiableEntity', async () => {
    // AWS: "Cannot perform the operation on the protected role 'NAME' - this role is only modifiable by AWS"
    const unmodifiable = {
      name: 'UnmodifiableEntityException',
      message: `Cannot perform the operation on the protected role '${IB_ROLE}' - this role is only modifiable by AWS`,
    };
    const attempts = [
      new UpdateRoleCommand({ RoleName: IB_ROLE, Description: 'x' }),
      new UpdateRoleDescriptionCommand({ RoleName: IB_ROLE, Description: 'x' }),
      new UpdateAssumeRolePolicyCommand({ RoleName: IB_ROLE, PolicyDocument: EC2_TRUST }),
      new PutRolePolicyCommand({
        RoleName: IB_ROLE,
        PolicyName: 'extra',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
        }),
      }),
      new DeleteRolePolicyCommand({ RoleName: IB_ROLE, PolicyName: 'extra' }),
      new AttachRolePolicyCommand({ RoleName: IB_ROLE, PolicyArn: SSM_CORE }),
      new DetachRolePolicyCommand({ RoleName: IB_ROLE, PolicyArn: IB_POLICY }),
      new PutRolePermissionsBoundaryCommand({ RoleName: IB_ROLE, PermissionsBoundary: SSM_CORE }),
      new DeleteRolePermissionsBoundaryCommand({ RoleName: IB_ROLE }),
      new DeleteRoleCommand({ RoleName: IB_ROLE }),
    ];
    for (const command of attempts) {
      // The commands have different output types; each is sent and must fail the same way.
      await assert.rejects(iam.send(command as UpdateRoleCommand), unmodifiable, command.constructor.name);
    }
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'SlrProfile' }));
    await assert.rejects(
      iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'SlrProfile', RoleName: IB_ROLE })),
      unmodifiable,
    );
    const still = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: IB_ROLE }));
    assert.deepEqual(
      still.AttachedPolicies?.map((p) => p.PolicyArn),
      [IB_POLICY],
    );
  });

  it('keeps the /aws-service-role/ path for service-linked roles', async () => {
    await assert.rejects(
      iam.send(
        new CreateRoleCommand({ RoleName: 'Impostor', Path: IB_PATH, AssumeRolePolicyDocument: EC2_TRUST }),
      ),
      { name: 'InvalidInputException' },
    );
  });

  it('deletes a service-linked role through a deletion task', async () => {
    const { DeletionTaskId: taskId } = await iam.send(
      new DeleteServiceLinkedRoleCommand({ RoleName: IB_ROLE }),
    );
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html (task id format)
    assert.match(
      taskId ?? '',
      new RegExp(`^task/aws-service-role/${IB.replace(/\./g, '\\.')}/${IB_ROLE}/[0-9a-f-]{36}$`),
    );
    await assert.rejects(iam.send(new GetRoleCommand({ RoleName: IB_ROLE })), {
      name: 'NoSuchEntityException',
    });
    const status = await iam.send(new GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId: taskId! }));
    assert.equal(status.Status, 'SUCCEEDED');
    // It can be created again afterwards, as Image Builder does when it needs it.
    const again = await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: IB }));
    assert.equal(again.Role?.Arn, IB_ARN);
  });

  it('answers NoSuchEntity for an unknown task or role, InvalidInput for a malformed task id', async () => {
    const unknown = `task/aws-service-role/${IB}/${IB_ROLE}/00000000-0000-0000-0000-000000000000`;
    await assert.rejects(
      iam.send(new GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId: unknown })),
      {
        name: 'NoSuchEntityException',
      },
    );
    await assert.rejects(
      iam.send(new GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId: 'nonsense' })),
      {
        name: 'InvalidInputException',
      },
    );
    await assert.rejects(iam.send(new DeleteServiceLinkedRoleCommand({ RoleName: 'Ghost' })), {
      name: 'NoSuchEntityException',
      message: 'The role with name Ghost cannot be found.',
    });
    await iam.send(new CreateRoleCommand({ RoleName: 'PlainRole', AssumeRolePolicyDocument: EC2_TRUST }));
    await assert.rejects(iam.send(new DeleteServiceLinkedRoleCommand({ RoleName: 'PlainRole' })), {
      name: 'NoSuchEntityException',
    });
  });

  describe('authorization', () => {
    it('AWSImageBuilderFullAccess lets a user create only the Image Builder service-linked role', async () => {
      // The policy allows iam:CreateServiceLinkedRole on the role's ARN when iam:AWSServiceName is
      // imagebuilder.amazonaws.com (IBUG security-iam-identity-based-policies).
      await iam.send(new DeleteServiceLinkedRoleCommand({ RoleName: IB_ROLE }));
      const client = server.iam(
        await userWithPolicies(server, 'builder', ['arn:aws:iam::aws:policy/AWSImageBuilderFullAccess']),
      );
      const { Role: role } = await client.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: IB }));
      assert.equal(role?.Arn, IB_ARN);
      const ssmArn = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM`;
      await assert.rejects(
        client.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'ssm.amazonaws.com' })),
        {
          name: 'AccessDenied',
          message: `User: arn:aws:iam::${ACCOUNT}:user/builder is not authorized to perform: iam:CreateServiceLinkedRole on resource: ${ssmArn} because no identity-based policy allows the iam:CreateServiceLinkedRole action`,
        },
      );
      await assert.rejects(client.send(new DeleteServiceLinkedRoleCommand({ RoleName: IB_ROLE })), {
        name: 'AccessDenied',
      });
    });
  });
});
