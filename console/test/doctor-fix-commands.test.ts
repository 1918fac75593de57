// Doctor fix actions -> the IAM API calls the console sends, and which actions it applies.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (and the other operations named)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeCall,
  fixCommand,
  meansAlreadyDone,
  planFixes,
} from '../src/pages/tools/doctor-fix-commands.js';
import type { DoctorFinding, FixAction } from '../src/pages/tools/doctor-types.js';

const trust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

function iamCall(action: FixAction) {
  const command = fixCommand(action);
  assert.equal(command.kind, 'iam');
  return command.kind === 'iam' ? { operation: command.operation, input: command.input } : undefined;
}

describe('fixCommand', () => {
  it('creates a role with its trust policy as JSON text', () => {
    const call = iamCall({ kind: 'create-role', roleName: 'IBRole', trust, path: '/ib/' });
    assert.equal(call?.operation, 'CreateRole');
    assert.equal(call?.input['RoleName'], 'IBRole');
    assert.equal(call?.input['Path'], '/ib/');
    assert.deepEqual(JSON.parse(call?.input['AssumeRolePolicyDocument'] ?? ''), trust);
    assert.equal('Description' in (call?.input ?? {}), false);
  });

  it('maps every IAM action kind to its operation', () => {
    const doc = { Version: '2012-10-17', Statement: [] };
    const cases: [FixAction, string, Record<string, string>][] = [
      [
        { kind: 'create-service-linked-role', service: 'imagebuilder.amazonaws.com' },
        'CreateServiceLinkedRole',
        { AWSServiceName: 'imagebuilder.amazonaws.com' },
      ],
      [
        { kind: 'update-assume-role-policy', roleName: 'R', trust },
        'UpdateAssumeRolePolicy',
        { RoleName: 'R', PolicyDocument: JSON.stringify(trust) },
      ],
      [
        { kind: 'attach-role-policy', roleName: 'R', policyArn: 'arn:aws:iam::aws:policy/P' },
        'AttachRolePolicy',
        { RoleName: 'R', PolicyArn: 'arn:aws:iam::aws:policy/P' },
      ],
      [
        { kind: 'put-role-policy', roleName: 'R', policyName: 'N', document: doc },
        'PutRolePolicy',
        { RoleName: 'R', PolicyName: 'N', PolicyDocument: JSON.stringify(doc) },
      ],
      [
        { kind: 'create-instance-profile', instanceProfileName: 'P' },
        'CreateInstanceProfile',
        { InstanceProfileName: 'P' },
      ],
      [
        { kind: 'add-role-to-instance-profile', instanceProfileName: 'P', roleName: 'R' },
        'AddRoleToInstanceProfile',
        { InstanceProfileName: 'P', RoleName: 'R' },
      ],
      [
        { kind: 'put-user-policy', userName: 'U', policyName: 'N', document: doc },
        'PutUserPolicy',
        { UserName: 'U', PolicyName: 'N', PolicyDocument: JSON.stringify(doc) },
      ],
      [
        { kind: 'attach-user-policy', userName: 'U', policyArn: 'arn:aws:iam::aws:policy/P' },
        'AttachUserPolicy',
        { UserName: 'U', PolicyArn: 'arn:aws:iam::aws:policy/P' },
      ],
      [{ kind: 'create-group', groupName: 'G' }, 'CreateGroup', { GroupName: 'G' }],
      [
        { kind: 'put-group-policy', groupName: 'G', policyName: 'N', document: doc },
        'PutGroupPolicy',
        { GroupName: 'G', PolicyName: 'N', PolicyDocument: JSON.stringify(doc) },
      ],
      [
        { kind: 'attach-group-policy', groupName: 'G', policyArn: 'arn:aws:iam::aws:policy/P' },
        'AttachGroupPolicy',
        { GroupName: 'G', PolicyArn: 'arn:aws:iam::aws:policy/P' },
      ],
      [
        { kind: 'add-user-to-group', groupName: 'G', userName: 'U' },
        'AddUserToGroup',
        { GroupName: 'G', UserName: 'U' },
      ],
    ];
    for (const [action, operation, input] of cases) {
      assert.deepEqual(iamCall(action), { operation, input }, action.kind);
    }
  });

  it('says ECR tags and SNS permissions cannot be applied from the console', () => {
    const ecr = fixCommand({
      kind: 'tag-ecr-repository',
      region: 'us-east-1',
      repositoryArn: 'arn:aws:ecr:us-east-1:123456789012:repository/r',
      tags: { a: 'b' },
    });
    const sns = fixCommand({
      kind: 'sns-add-permission',
      region: 'us-east-1',
      topicArn: 'arn:aws:sns:us-east-1:123456789012:t',
      label: 'l',
      principalAccount: '210987654321',
    });
    assert.equal(ecr.kind, 'unsupported');
    assert.equal(sns.kind, 'unsupported');
    assert.match(ecr.kind === 'unsupported' ? ecr.reason : '', /cannot apply/);
  });

  it('describes a call without its documents', () => {
    assert.equal(
      describeCall('PutRolePolicy', { RoleName: 'R', PolicyName: 'N', PolicyDocument: '{}' }),
      'PutRolePolicy RoleName=R PolicyName=N',
    );
  });

  it('counts EntityAlreadyExists as already done', () => {
    assert.equal(meansAlreadyDone('EntityAlreadyExists', 'Role with name R already exists.'), true);
    assert.equal(meansAlreadyDone('AccessDenied', 'User is not authorized to perform iam:CreateRole'), false);
  });
});

describe('planFixes', () => {
  const finding = (
    id: string,
    severity: 'error' | 'warning',
    account: string,
    actions: FixAction[],
  ): DoctorFinding => ({
    id,
    severity,
    account,
    resource: `arn:aws:iam::${account}:role/R`,
    message: 'm',
    source: 's',
    fix: { cli: [], policy: null, actions },
  });
  const attach: FixAction = {
    kind: 'attach-role-policy',
    roleName: 'R',
    policyArn: 'arn:aws:iam::aws:policy/P',
  };
  const create: FixAction = { kind: 'create-instance-profile', instanceProfileName: 'R' };

  it("applies each action once, errors' first, and only in the signed-in account", () => {
    const plan = planFixes(
      [
        finding('W1', 'warning', '123456789012', [create]),
        finding('E1', 'error', '123456789012', [attach, create]),
        finding('E2', 'error', '210987654321', [attach]),
      ],
      '123456789012',
    );
    assert.deepEqual(
      plan.mine.map((p) => p.action.kind),
      ['attach-role-policy', 'create-instance-profile'],
    );
    assert.deepEqual(plan.mine[1]?.findingIds, ['E1', 'W1']);
    assert.deepEqual(
      plan.others.map((p) => p.account),
      ['210987654321'],
    );
  });

  it("uses the fix's own account when the report gives one", () => {
    const f = {
      ...finding('E1', 'error', '123456789012', [attach]),
      fix: { actions: [attach], account: '210987654321' },
    };
    assert.equal(planFixes([f], '123456789012').mine.length, 0);
  });
});
