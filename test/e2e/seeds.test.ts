// The seed procedures (/work/shared/seeds) carried out as the default root of account 123456789012, through
// the AWS SDK exactly as the documents describe them, then their consequences checked through the engine:
// what the roles may do (SimulatePrincipalPolicy), who may pass them (AWSImageBuilderFullAccess), who may
// assume them across accounts (STS AssumeRole), and that a denied call lands in the decision log.
// 000 https://docs.aws.amazon.com/marketplace/latest/userguide/completing-prerequisite-steps.html
// 001 https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
// 002 https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
// 003 https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html
// 004 https://docs.aws.amazon.com/imagebuilder/latest/userguide/security_iam_service-with-iam.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetInstanceProfileCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  PutRolePolicyCommand,
  SimulatePrincipalPolicyCommand,
  UpdateAssumeRolePolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { authorize, compilePolicySet, parsePolicy, type ContextValue } from '../../src/policy/index.js';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { runIbiam } from './support/cli-process.js';
import { allowPolicy, createUserWithKey, decodeDocument, rejection } from './support/iam-helpers.js';
import {
  AUTOMATION_ROLE_PERMISSIONS_POLICY_AS_PRINTED,
  AUTOMATION_ROLE_TRUST_POLICY,
  CONSOLE_EC2_TRUST_POLICY,
  INSTANCE_ROLE_PERMISSIONS_POLICY,
  INSTANCE_ROLE_TRUST_POLICY,
  LIFECYCLE_EXECUTION_TRUST_POLICY,
  MANAGED,
  automationRolePermissionsPolicy,
  crossAccountLifecycleTrustPolicy,
  distributionCrossAccountTrustPolicy,
} from './support/seed-documents.js';

const SOURCE = ACCOUNT;
const TARGET = '111122223333';
const THIRD = '999988887777';
const roleArn = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;
const DISTRIBUTION_ROLE = 'EC2ImageBuilderDistributionCrossAccountRole';
const LIFECYCLE_CROSS_ROLE = 'Ec2ImageBuilderCrossAccountLifecycleAccess';
const IMAGE_ARN = `arn:aws:imagebuilder:us-east-1:${SOURCE}:image/golden-linux/1.0.0/1`;

type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** SimulatePrincipalPolicy for one action on one resource, with string context keys. */
async function simulate(
  iam: IAMClient,
  principalArn: string,
  action: string,
  resource: string,
  context: Readonly<Record<string, string>> = {},
): Promise<Decision> {
  const out = await iam.send(
    new SimulatePrincipalPolicyCommand({
      PolicySourceArn: principalArn,
      ActionNames: [action],
      ResourceArns: [resource],
      ContextEntries: Object.entries(context).map(([name, value]) => ({
        ContextKeyName: name,
        ContextKeyValues: [value],
        ContextKeyType: 'string',
      })),
    }),
  );
  const results = out.EvaluationResults ?? [];
  assert.equal(results.length, 1);
  return results[0]!.EvalDecision as Decision;
}

/** The engine's answer to "may `principal` assume the role with this trust policy?" (trust policy only). */
function trustDecision(
  trustText: string,
  principal: string,
  role: string,
  context: Record<string, ContextValue> = {},
) {
  const parsed = parsePolicy(trustText, { type: 'trust' });
  assert.ok(parsed.document, 'the stored trust policy parses');
  const set = compilePolicySet({ trust: { id: 'trust', document: parsed.document } });
  return authorize({ principal: { arn: principal }, action: 'sts:AssumeRole', resource: role, context }, set)
    .decision;
}

describe('seed procedures, as the default root', () => {
  let server: TestServer;
  let root: IAMClient;
  let targetRoot: Credentials;

  before(async () => {
    server = await startTestServer();
    root = server.iam();
    targetRoot = await server.createAccount(TARGET);
  });
  after(() => server.stop());

  describe('000 Completing prerequisite steps (AWS Marketplace)', () => {
    const instanceRole = roleArn(SOURCE, 'MyInstanceRole');
    const automationRole = roleArn(SOURCE, 'MyAutomationRole');

    it('creates MyInstanceRole for EC2, adds MyInstanceRolePolicy, and edits its trust to InstanceRoleTrustPolicy', async () => {
      const created = await root.send(
        new CreateRoleCommand({
          RoleName: 'MyInstanceRole',
          AssumeRolePolicyDocument: CONSOLE_EC2_TRUST_POLICY,
        }),
      );
      assert.equal(created.Role?.Arn, instanceRole);
      await root.send(
        new PutRolePolicyCommand({
          RoleName: 'MyInstanceRole',
          PolicyName: 'MyInstanceRolePolicy',
          PolicyDocument: INSTANCE_ROLE_PERMISSIONS_POLICY,
        }),
      );
      await root.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: 'MyInstanceRole',
          PolicyDocument: INSTANCE_ROLE_TRUST_POLICY,
        }),
      );
      const inline = await root.send(
        new GetRolePolicyCommand({ RoleName: 'MyInstanceRole', PolicyName: 'MyInstanceRolePolicy' }),
      );
      assert.deepEqual(decodeDocument(inline.PolicyDocument), JSON.parse(INSTANCE_ROLE_PERMISSIONS_POLICY));
      const role = await root.send(new GetRoleCommand({ RoleName: 'MyInstanceRole' }));
      assert.deepEqual(
        decodeDocument(role.Role?.AssumeRolePolicyDocument),
        JSON.parse(INSTANCE_ROLE_TRUST_POLICY),
      );
    });

    it('creates MyAutomationRole and edits its trust to AutomationRoleTrustPolicy', async () => {
      await root.send(
        new CreateRoleCommand({
          RoleName: 'MyAutomationRole',
          AssumeRolePolicyDocument: CONSOLE_EC2_TRUST_POLICY,
        }),
      );
      await root.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: 'MyAutomationRole',
          PolicyDocument: AUTOMATION_ROLE_TRUST_POLICY,
        }),
      );
      const role = await root.send(new GetRoleCommand({ RoleName: 'MyAutomationRole' }));
      assert.deepEqual(
        decodeDocument(role.Role?.AssumeRolePolicyDocument),
        JSON.parse(AUTOMATION_ROLE_TRUST_POLICY),
      );
    });

    it('refuses AutomationRolePermissionsPolicy exactly as printed (no opening brace) and stores nothing', async () => {
      const error = await rejection(
        root.send(
          new PutRolePolicyCommand({
            RoleName: 'MyAutomationRole',
            PolicyName: 'MyAutomationRolePolicy',
            PolicyDocument: AUTOMATION_ROLE_PERMISSIONS_POLICY_AS_PRINTED,
          }),
        ),
      );
      assert.equal(error.name, 'MalformedPolicyDocumentException');
      assert.equal(error.message, 'Syntax errors in policy.');
      const listed = await root.send(new ListRolePoliciesCommand({ RoleName: 'MyAutomationRole' }));
      assert.deepEqual(listed.PolicyNames, []);
    });

    it('accepts it with the brace restored and {{ Instance Profile }} replaced by the instance role ARN', async () => {
      const document = automationRolePermissionsPolicy(instanceRole);
      await root.send(
        new PutRolePolicyCommand({
          RoleName: 'MyAutomationRole',
          PolicyName: 'MyAutomationRolePolicy',
          PolicyDocument: document,
        }),
      );
      const inline = await root.send(
        new GetRolePolicyCommand({ RoleName: 'MyAutomationRole', PolicyName: 'MyAutomationRolePolicy' }),
      );
      assert.deepEqual(decodeDocument(inline.PolicyDocument), JSON.parse(document));
      const roles = await root.send(new ListRolesCommand({}));
      const names = (roles.Roles ?? []).map((r) => r.RoleName);
      assert.ok(names.includes('MyInstanceRole') && names.includes('MyAutomationRole'), names.join());
    });

    it('MyAutomationRole may pass MyInstanceRole, and no other role', async () => {
      assert.equal(await simulate(root, automationRole, 'iam:PassRole', instanceRole), 'allowed');
      assert.equal(await simulate(root, automationRole, 'iam:PassRole', automationRole), 'implicitDeny');
      assert.equal(await simulate(root, automationRole, 'ssm:StartAutomationExecution', '*'), 'allowed');
      assert.equal(await simulate(root, automationRole, 'ec2:RunInstances', '*'), 'allowed');
      assert.equal(
        await simulate(root, automationRole, 'iam:CreateRole', roleArn(SOURCE, 'x')),
        'implicitDeny',
      );
    });

    it('MyInstanceRole may talk to SSM; as printed, its S3 grant names the bucket "awsexamplebucket>"', async () => {
      assert.equal(await simulate(root, instanceRole, 'ssm:UpdateInstanceInformation', '*'), 'allowed');
      assert.equal(await simulate(root, instanceRole, 'ec2messages:GetMessages', '*'), 'allowed');
      assert.equal(
        await simulate(root, instanceRole, 's3:PutObject', 'arn:aws:s3:::awsexamplebucket>/log'),
        'allowed',
      );
      // The stray ">" in the printed Resource means the intended bucket is not covered.
      assert.equal(
        await simulate(root, instanceRole, 's3:PutObject', 'arn:aws:s3:::awsexamplebucket/log'),
        'implicitDeny',
      );
      assert.equal(await simulate(root, instanceRole, 'ssm:SendCommand', '*'), 'implicitDeny');
    });
  });

  describe('001 Prerequisites (the Image Builder instance profile)', () => {
    const name = 'my-imagebuilder-instance-role';
    const instanceRole = roleArn(SOURCE, name);
    const profileArn = `arn:aws:iam::${SOURCE}:instance-profile/${name}`;

    it('creates the role for EC2 with EC2InstanceProfileForImageBuilder and AmazonSSMManagedInstanceCore', async () => {
      await root.send(
        new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: CONSOLE_EC2_TRUST_POLICY }),
      );
      await root.send(
        new AttachRolePolicyCommand({ RoleName: name, PolicyArn: MANAGED.instanceProfileForImageBuilder }),
      );
      await root.send(
        new AttachRolePolicyCommand({ RoleName: name, PolicyArn: MANAGED.ssmManagedInstanceCore }),
      );
      const attached = await root.send(new ListAttachedRolePoliciesCommand({ RoleName: name }));
      const byName = [...(attached.AttachedPolicies ?? [])].sort((a, b) =>
        (a.PolicyName ?? '').localeCompare(b.PolicyName ?? ''),
      );
      assert.deepEqual(byName, [
        { PolicyName: 'AmazonSSMManagedInstanceCore', PolicyArn: MANAGED.ssmManagedInstanceCore },
        {
          PolicyName: 'EC2InstanceProfileForImageBuilder',
          PolicyArn: MANAGED.instanceProfileForImageBuilder,
        },
      ]);
    });

    it('creates its instance profile holding the role', async () => {
      const created = await root.send(new CreateInstanceProfileCommand({ InstanceProfileName: name }));
      assert.equal(created.InstanceProfile?.Arn, profileArn);
      await root.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: name }));
      const profile = await root.send(new GetInstanceProfileCommand({ InstanceProfileName: name }));
      assert.deepEqual(
        profile.InstanceProfile?.Roles?.map((r) => r.Arn),
        [instanceRole],
      );
    });

    it('an instance profile holds one role: adding a second is LimitExceeded', async () => {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html (roles in an instance profile: 1)
      const error = await rejection(
        root.send(
          new AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: 'MyInstanceRole' }),
        ),
      );
      assert.equal(error.name, 'LimitExceededException');
    });

    it('the role may run Image Builder components and the SSM agent, and nothing beyond', async () => {
      assert.equal(await simulate(root, instanceRole, 'imagebuilder:GetComponent', '*'), 'allowed');
      assert.equal(await simulate(root, instanceRole, 'ssm:UpdateInstanceInformation', '*'), 'allowed');
      assert.equal(
        await simulate(root, instanceRole, 's3:GetObject', 'arn:aws:s3:::ec2imagebuilder-components/x'),
        'allowed',
      );
      assert.equal(await simulate(root, instanceRole, 'imagebuilder:CreateImage', '*'), 'implicitDeny');
    });

    it('a user with AWSImageBuilderFullAccess may pass the role (and profile) to EC2 only', async () => {
      const user = await root.send(new CreateUserCommand({ UserName: 'image-builder-admin' }));
      await root.send(
        new AttachUserPolicyCommand({
          UserName: 'image-builder-admin',
          PolicyArn: MANAGED.imageBuilderFullAccess,
        }),
      );
      const admin = user.User!.Arn!;
      const toEc2 = { 'iam:PassedToService': 'ec2.amazonaws.com' };
      assert.equal(await simulate(root, admin, 'iam:PassRole', instanceRole, toEc2), 'allowed');
      assert.equal(await simulate(root, admin, 'iam:PassRole', profileArn, toEc2), 'allowed');
      const toLambda = { 'iam:PassedToService': 'lambda.amazonaws.com' };
      assert.equal(await simulate(root, admin, 'iam:PassRole', instanceRole, toLambda), 'implicitDeny');
      // Only roles with "imagebuilder" in their name (003: "instance profiles whose name contains imagebuilder").
      assert.equal(
        await simulate(root, admin, 'iam:PassRole', roleArn(SOURCE, 'MyInstanceRole'), toEc2),
        'implicitDeny',
      );
    });
  });

  describe('002 Lifecycle management prerequisites', () => {
    const name = 'ImageBuilderLifecycleExecutionRole';

    it('creates the lifecycle execution role trusting imagebuilder.amazonaws.com, with its managed policy', async () => {
      await root.send(
        new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY }),
      );
      await root.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: MANAGED.lifecycleExecution }));
      const attached = await root.send(new ListAttachedRolePoliciesCommand({ RoleName: name }));
      assert.deepEqual(attached.AttachedPolicies, [
        { PolicyName: 'EC2ImageBuilderLifecycleExecutionPolicy', PolicyArn: MANAGED.lifecycleExecution },
      ]);
    });

    it('EC2ImageBuilderLifecycleExecutionPolicy lives under /service-role/: the path-less ARN does not exist', async () => {
      const wrong = 'arn:aws:iam::aws:policy/EC2ImageBuilderLifecycleExecutionPolicy';
      const error = await rejection(
        root.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: wrong })),
      );
      assert.equal(error.name, 'NoSuchEntityException');
      assert.ok(error.message.includes(wrong), error.message);
    });

    it('its trust policy admits Image Builder and no other principal', async () => {
      const role = await root.send(new GetRoleCommand({ RoleName: name }));
      const trust = decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '');
      const arn = roleArn(SOURCE, name);
      assert.equal(trustDecision(trust, 'imagebuilder.amazonaws.com', arn), 'Allow');
      assert.equal(trustDecision(trust, 'ec2.amazonaws.com', arn), 'ImplicitDeny');
      assert.equal(trustDecision(trust, `arn:aws:iam::${SOURCE}:user/anyone`, arn), 'ImplicitDeny');
    });

    it('an IAM user cannot assume it, even when allowed sts:AssumeRole everywhere', async () => {
      const user = await createUserWithKey(root, 'lifecycle-caller', allowPolicy('sts:AssumeRole'));
      const error = await rejection(
        server
          .sts(user.credentials)
          .send(new AssumeRoleCommand({ RoleArn: roleArn(SOURCE, name), RoleSessionName: 'try' })),
      );
      assert.equal(error.name, 'AccessDenied');
    });
  });

  describe('cross-account roles in a second account', () => {
    const distributionArn = roleArn(TARGET, DISTRIBUTION_ROLE);
    const lifecycleArn = roleArn(TARGET, LIFECYCLE_CROSS_ROLE);

    it(`creates ${DISTRIBUTION_ROLE} trusting the source account, with Ec2ImageBuilderCrossAccountDistributionAccess`, async () => {
      const target = server.iam(targetRoot);
      const created = await target.send(
        new CreateRoleCommand({
          RoleName: DISTRIBUTION_ROLE,
          AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(SOURCE),
        }),
      );
      assert.equal(created.Role?.Arn, distributionArn);
      await target.send(
        new AttachRolePolicyCommand({
          RoleName: DISTRIBUTION_ROLE,
          PolicyArn: MANAGED.crossAccountDistribution,
        }),
      );
      const attached = await target.send(
        new ListAttachedRolePoliciesCommand({ RoleName: DISTRIBUTION_ROLE }),
      );
      assert.deepEqual(
        attached.AttachedPolicies?.map((p) => p.PolicyArn),
        [MANAGED.crossAccountDistribution],
      );
    });

    it(`creates ${LIFECYCLE_CROSS_ROLE} with its documented trust conditions and the lifecycle policy`, async () => {
      const target = server.iam(targetRoot);
      await target.send(
        new CreateRoleCommand({
          RoleName: LIFECYCLE_CROSS_ROLE,
          AssumeRolePolicyDocument: crossAccountLifecycleTrustPolicy(SOURCE),
        }),
      );
      await target.send(
        new AttachRolePolicyCommand({
          RoleName: LIFECYCLE_CROSS_ROLE,
          PolicyArn: MANAGED.lifecycleExecution,
        }),
      );
      const role = await target.send(new GetRoleCommand({ RoleName: LIFECYCLE_CROSS_ROLE }));
      assert.deepEqual(
        decodeDocument(role.Role?.AssumeRolePolicyDocument),
        JSON.parse(crossAccountLifecycleTrustPolicy(SOURCE)),
      );
      // The roles live in the target account only.
      const missing = await rejection(root.send(new GetRoleCommand({ RoleName: LIFECYCLE_CROSS_ROLE })));
      assert.equal(missing.name, 'NoSuchEntityException');
    });

    it('a source user allowed sts:AssumeRole on the distribution role assumes it, with the permissions of that role only', async () => {
      const distributor = await createUserWithKey(
        root,
        'distributor',
        allowPolicy('sts:AssumeRole', distributionArn),
      );
      const assumed = await server
        .sts(distributor.credentials)
        .send(new AssumeRoleCommand({ RoleArn: distributionArn, RoleSessionName: 'distribution' }));
      const role = await server.iam(targetRoot).send(new GetRoleCommand({ RoleName: DISTRIBUTION_ROLE }));
      assert.equal(
        assumed.AssumedRoleUser?.Arn,
        `arn:aws:sts::${TARGET}:assumed-role/${DISTRIBUTION_ROLE}/distribution`,
      );
      assert.equal(assumed.AssumedRoleUser?.AssumedRoleId, `${role.Role?.RoleId}:distribution`);
      const session = {
        accessKeyId: assumed.Credentials!.AccessKeyId!,
        secretAccessKey: assumed.Credentials!.SecretAccessKey!,
        sessionToken: assumed.Credentials!.SessionToken!,
      };
      const identity = await server.sts(session).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Account, TARGET);
      assert.equal(identity.Arn, assumed.AssumedRoleUser?.Arn);
      // Ec2ImageBuilderCrossAccountDistributionAccess grants EC2 image actions only, no IAM.
      const denied = await rejection(server.iam(session).send(new ListRolesCommand({})));
      assert.equal(denied.name, 'AccessDenied');
    });

    it('a source user without that permission is denied: cross-account access needs both sides', async () => {
      const bystander = await createUserWithKey(root, 'bystander');
      const error = await rejection(
        server
          .sts(bystander.credentials)
          .send(new AssumeRoleCommand({ RoleArn: distributionArn, RoleSessionName: 'nope' })),
      );
      assert.equal(error.name, 'AccessDenied');
      assert.ok(
        error.message.startsWith(
          `User: ${bystander.arn} is not authorized to perform: sts:AssumeRole on resource: ${distributionArn}`,
        ),
        error.message,
      );
    });

    it('a user of a third account is denied by the trust policy, whatever its own permissions', async () => {
      const third = await server.createAccount(THIRD);
      const outsider = await createUserWithKey(server.iam(third), 'outsider', allowPolicy('sts:AssumeRole'));
      const error = await rejection(
        server
          .sts(outsider.credentials)
          .send(new AssumeRoleCommand({ RoleArn: distributionArn, RoleSessionName: 'nope' })),
      );
      assert.equal(error.name, 'AccessDenied');
    });

    it(`no IAM user assumes ${LIFECYCLE_CROSS_ROLE}: its trust names Image Builder only`, async () => {
      const caller = await createUserWithKey(root, 'lifecycle-cross-caller', allowPolicy('sts:AssumeRole'));
      const error = await rejection(
        server
          .sts(caller.credentials)
          .send(new AssumeRoleCommand({ RoleArn: lifecycleArn, RoleSessionName: 'nope' })),
      );
      assert.equal(error.name, 'AccessDenied');
    });

    it(`the ${LIFECYCLE_CROSS_ROLE} trust admits Image Builder acting for the source account on an image only`, async () => {
      const role = await server.iam(targetRoot).send(new GetRoleCommand({ RoleName: LIFECYCLE_CROSS_ROLE }));
      const trust = decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '');
      const ib = 'imagebuilder.amazonaws.com';
      const onImage = { 'aws:SourceAccount': SOURCE, 'aws:SourceArn': IMAGE_ARN };
      assert.equal(trustDecision(trust, ib, lifecycleArn, onImage), 'Allow');
      assert.equal(
        trustDecision(trust, ib, lifecycleArn, { ...onImage, 'aws:SourceAccount': THIRD }),
        'ImplicitDeny',
      );
      const component = `arn:aws:imagebuilder:us-east-1:${SOURCE}:component/hello/1.0.0/1`;
      assert.equal(
        trustDecision(trust, ib, lifecycleArn, { ...onImage, 'aws:SourceArn': component }),
        'ImplicitDeny',
      );
      assert.equal(trustDecision(trust, ib, lifecycleArn), 'ImplicitDeny');
      assert.equal(trustDecision(trust, 'ec2.amazonaws.com', lifecycleArn, onImage), 'ImplicitDeny');
    });

    it('`ibiam decisions --denied` names the principal and the action of a denied call', async () => {
      const run = await runIbiam(['decisions', '--denied', '--data', server.dataDir]);
      assert.equal(run.code, 0, run.stderr);
      const lines = run.stdout.split('\n');
      const bystander = `arn:aws:iam::${SOURCE}:user/bystander`;
      const line = lines.find((l) => l.includes(bystander) && l.includes('sts:AssumeRole'));
      assert.ok(line, `no denied sts:AssumeRole by ${bystander} in:\n${run.stdout}`);
      assert.ok(line.includes(distributionArn), line);
      assert.ok(!lines.some((l) => / Allow /.test(l)), 'an Allow decision was printed with --denied');
    });
  });
});
