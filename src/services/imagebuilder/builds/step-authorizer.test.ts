// What a refusal says is missing, by the layer that blocked it (IAM evaluation logic: an explicit deny
// wins; a role trust policy must allow; a permissions boundary limits; otherwise an identity policy must
// allow) — https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Decision } from '../../../policy/authorize/types.js';
import type { RoleRecord } from '../../../store/records.js';
import { roleActor, serviceActor } from './principals.js';
import { missingGrant } from './step-authorizer.js';

const role: RoleRecord = {
  accountId: '123456789012',
  name: 'BuildRole',
  id: 'AROAEXAMPLEEXAMPLE123',
  path: '/',
  arn: 'arn:aws:iam::123456789012:role/BuildRole',
  createDate: '2025-01-01T00:00:00Z',
  assumeRolePolicyDocument: '{}',
  maxSessionDuration: 3600,
  permissionsBoundaryArn: 'arn:aws:iam::123456789012:policy/Boundary',
  tags: [],
  attachedPolicies: [],
  inlinePolicies: [],
};
const actor = roleActor(role, 'i-0123456789abcdef0', 'the instance profile role', []);
const check = { action: 'ssm:UpdateInstanceInformation', resource: '*' };
const decision = (d: Partial<Decision>): Decision => ({
  decision: 'ImplicitDeny',
  decidingStatements: [],
  missingContextKeys: [],
  errors: [],
  ...d,
});

describe('missing grant', () => {
  it('labels role sessions with the role and the session', () => {
    assert.equal(
      actor.label,
      'the instance profile role BuildRole (session arn:aws:sts::123456789012:assumed-role/BuildRole/i-0123456789abcdef0)',
    );
  });

  it('names the policy of an explicit deny', () => {
    const denied = decision({
      decision: 'ExplicitDeny',
      blockedBy: 'identity',
      decidingStatements: [
        {
          policyId: 'arn:aws:iam::123456789012:policy/NoSsm',
          policyType: 'identity',
          statementIndex: 0,
          effect: 'Deny',
        },
      ],
    });
    assert.equal(
      missingGrant(actor, check, denied),
      'an explicit deny in arn:aws:iam::123456789012:policy/NoSsm must be removed',
    );
  });

  it('names the boundary that blocks', () => {
    assert.equal(
      missingGrant(actor, check, decision({ blockedBy: 'boundary' })),
      'the permissions boundary arn:aws:iam::123456789012:policy/Boundary of role BuildRole must allow it',
    );
  });

  it('names the trust policy for an assume-role refusal', () => {
    const ec2 = serviceActor('ec2.amazonaws.com', '123456789012');
    assert.equal(
      missingGrant(ec2, { action: 'sts:AssumeRole', resource: role.arn }, decision({ blockedBy: 'trust' })),
      'the trust policy of role arn:aws:iam::123456789012:role/BuildRole must allow ec2.amazonaws.com to perform sts:AssumeRole',
    );
  });

  it('names the managed policy that would grant it, or what to add', () => {
    const ssm = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';
    assert.equal(
      missingGrant(actor, check, decision({ blockedBy: 'identity' }), ssm),
      `the AWS managed policy AmazonSSMManagedInstanceCore (${ssm}) would allow it: attach it to role BuildRole`,
    );
    assert.equal(
      missingGrant(actor, check, decision({ blockedBy: 'identity' })),
      'no policy of role BuildRole allows it: add one that allows ssm:UpdateInstanceInformation on *',
    );
  });
});
