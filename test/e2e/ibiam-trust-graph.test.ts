// ibiam's GetTrustGraph (GET /_ibiam/api/trust-graph) on the seeds' roles, set up through the public IAM
// API. Expectations from the AWS documentation:
// - a role whose trust policy allows ec2.amazonaws.com (and ssm.amazonaws.com) to call sts:AssumeRole is
//   assumable by those services (000 "Completing prerequisite steps", InstanceRoleTrustPolicy;
//   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html);
// - AWSImageBuilderFullAccess allows iam:PassRole on roles named *imagebuilder* only with
//   iam:PassedToService ec2.amazonaws.com (003 "Using managed policies for EC2 Image Builder"), so its
//   holder may pass such a role to EC2 and to no other service; a user without it may pass nothing;
// - the cross-account distribution role trusts the source account's root (001 "Prerequisites";
//   https://docs.aws.amazon.com/imagebuilder/latest/userguide/cross-account-dist.html): that account's
//   principals may assume it when their own policies allow, so this account knows only the trust side;
// - the cross-account lifecycle role trusts imagebuilder.amazonaws.com under an aws:SourceAccount
//   condition (002 "Lifecycle management prerequisites");
// - in one account, a role trusting the account root is assumable by the principals whose identity
//   policies allow sts:AssumeRole on it (https://docs.aws.amazon.com/IAM/latest/UserGuide/
//   id_roles_use_permissions-to-switch.html); across accounts, the caller's own policies must allow too.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachUserPolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
} from '@aws-sdk/client-iam';
import { ACCOUNT, ROOT, startTestServer, type TestServer } from './harness.js';
import { createUserWithKey, allowPolicy, type UserWithKey } from './support/iam-helpers.js';
import { InProcessApi } from './support/ibiam-in-process.js';
import {
  crossAccountLifecycleTrustPolicy,
  distributionCrossAccountTrustPolicy,
  INSTANCE_ROLE_TRUST_POLICY,
  MANAGED,
} from './support/seed-documents.js';
import { getTrustGraph } from '../../src/services/ibiam/operations/get-trust-graph.js';

const SOURCE = '111122223333';
const ROLE = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const FOREIGN_ROLE = `arn:aws:iam::${SOURCE}:role/EC2ImageBuilderDistributionCrossAccountRole`;

interface Graph {
  account: string;
  nodes: { id: string; kind: string; account?: string; label: string }[];
  edges: { from: string; to: string; kind: string; service?: string; side: string; detail: string }[];
}

describe('ibiam GetTrustGraph', () => {
  let server: TestServer;
  let api: InProcessApi;
  let builder: UserWithKey;
  let viewer: UserWithKey;
  let operator: UserWithKey;
  let graph: Graph;

  const edgesTo = (role: string) => graph.edges.filter((e) => e.to === role);
  const edgesFrom = (from: string) => graph.edges.filter((e) => e.from === from);

  before(async () => {
    server = await startTestServer();
    api = new InProcessApi(server.ibiam.store);
    const iam = server.iam();
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'imagebuilder-instance-role',
        AssumeRolePolicyDocument: INSTANCE_ROLE_TRUST_POLICY,
      }),
    );
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'imagebuilder-instance-role' }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({
        InstanceProfileName: 'imagebuilder-instance-role',
        RoleName: 'imagebuilder-instance-role',
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(SOURCE),
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'LifecycleCrossAccountRole',
        AssumeRolePolicyDocument: crossAccountLifecycleTrustPolicy(SOURCE),
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'Admin',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    builder = await createUserWithKey(iam, 'builder');
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'builder', PolicyArn: MANAGED.imageBuilderFullAccess }),
    );
    viewer = await createUserWithKey(iam, 'viewer', allowPolicy('imagebuilder:Get*'));
    operator = await createUserWithKey(
      iam,
      'operator',
      allowPolicy(
        ['sts:AssumeRole', 'iam:GetAccountAuthorizationDetails'],
        [ROLE('Admin'), FOREIGN_ROLE, '*'],
      ),
    );
    const answer = await api.call(getTrustGraph, ROOT, { roleArn: FOREIGN_ROLE });
    assert.ok(answer.ok, JSON.stringify(answer));
    graph = answer.body as unknown as Graph;
  });
  after(() => server.stop());

  it("answers for the caller's account, with its users and roles as nodes", () => {
    assert.equal(graph.account, ACCOUNT);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const user of [builder, viewer, operator]) assert.ok(ids.has(user.arn), user.arn);
    assert.ok(ids.has(ROLE('imagebuilder-instance-role')));
    const role = graph.nodes.find((n) => n.id === ROLE('imagebuilder-instance-role'));
    assert.deepEqual(role, {
      id: ROLE('imagebuilder-instance-role'),
      kind: 'role',
      account: ACCOUNT,
      label: 'imagebuilder-instance-role',
    });
  });

  it('draws the services an instance-profile role trusts as service nodes with trust edges', () => {
    const trusted = edgesTo(ROLE('imagebuilder-instance-role')).filter((e) => e.kind === 'assume');
    assert.deepEqual(trusted.map((e) => [e.from, e.side]).sort(), [
      ['service:ec2.amazonaws.com', 'trust'],
      ['service:ssm.amazonaws.com', 'trust'],
    ]);
    const ec2 = graph.nodes.find((n) => n.id === 'service:ec2.amazonaws.com');
    assert.deepEqual(ec2, { id: 'service:ec2.amazonaws.com', kind: 'service', label: 'ec2.amazonaws.com' });
    assert.match(trusted[0]!.detail, /trust policy of role imagebuilder-instance-role/);
  });

  it('lets the AWSImageBuilderFullAccess user pass the role to EC2 only', () => {
    const passes = edgesFrom(builder.arn).filter((e) => e.kind === 'pass');
    assert.deepEqual(
      passes.map((e) => [e.to, e.service, e.side]),
      [[ROLE('imagebuilder-instance-role'), 'ec2.amazonaws.com', 'both']],
    );
    assert.match(passes[0]!.detail, /managed policy AWSImageBuilderFullAccess \(AWS managed\)/);
  });

  it('gives a user without iam:PassRole no edge', () => {
    assert.deepEqual(edgesFrom(viewer.arn), []);
  });

  it("draws another account's root that a trust policy names as an account node with a trust edge", () => {
    const root = `arn:aws:iam::${SOURCE}:root`;
    assert.deepEqual(
      edgesTo(ROLE('EC2ImageBuilderDistributionCrossAccountRole')).map((e) => [e.from, e.kind, e.side]),
      [[root, 'assume', 'trust']],
    );
    assert.deepEqual(
      graph.nodes.find((n) => n.id === root),
      { id: root, kind: 'account', account: SOURCE, label: `Account ${SOURCE}` },
    );
  });

  it('keeps a service trusted only under conditions, saying which keys the request must carry', () => {
    const edges = edgesTo(ROLE('LifecycleCrossAccountRole'));
    assert.deepEqual(
      edges.map((e) => [e.from, e.side]),
      [['service:imagebuilder.amazonaws.com', 'trust']],
    );
    assert.match(edges[0]!.detail, /aws:SourceAccount/);
  });

  it('draws principals of the account that may assume a role trusting the account root (side both)', () => {
    const edges = edgesTo(ROLE('Admin'));
    assert.deepEqual(
      edges.map((e) => [e.from, e.kind, e.side]),
      [[operator.arn, 'assume', 'both']],
    );
    assert.match(edges[0]!.detail, /inline policy inline of user operator/);
  });

  it("draws an identity edge to another account's role named by roleArn", () => {
    const identity = graph.edges.filter((e) => e.side === 'identity');
    assert.deepEqual(
      identity.map((e) => [e.from, e.to, e.kind]),
      [[operator.arn, FOREIGN_ROLE, 'assume']],
    );
    assert.ok(graph.nodes.some((n) => n.id === FOREIGN_ROLE && n.kind === 'role' && n.account === SOURCE));
  });

  it('is authorized as iam:GetAccountAuthorizationDetails, and logs that decision only', async () => {
    api.decisions.length = 0;
    const denied = await api.call(getTrustGraph, builder.credentials);
    assert.equal(denied.ok, false);
    assert.equal(!denied.ok && denied.code, 'AccessDeniedException');
    assert.deepEqual(
      api.decisions.map((d) => [d.principal, d.action, d.resource, d.decision]),
      [[builder.arn, 'iam:GetAccountAuthorizationDetails', '*', 'ImplicitDeny']],
    );
    const allowed = await api.call(getTrustGraph, operator.credentials);
    assert.ok(allowed.ok);
    assert.equal(api.decisions.length, 2);
  });

  it('answers ValidationException for a roleArn that is not a role ARN', async () => {
    const answer = await api.call(getTrustGraph, ROOT, { roleArn: [FOREIGN_ROLE, 'not-an-arn'] });
    assert.equal(answer.ok, false);
    assert.equal(!answer.ok && answer.code, 'ValidationException');
    assert.equal(!answer.ok && answer.status, 400);
    assert.match(
      !answer.ok ? answer.message : '',
      /Value 'not-an-arn' at 'roleArn' failed to satisfy constraint/,
    );
  });
});
