// The simulator link of a refused request, and which IAM identity a request's principal can be simulated as.
// Link format: /work/briefs/console-api.md (GetImageFailure); ARN formats:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsRoleLookup, principalRef, simulatableArn } from '../src/ui/ib-principal-arn.js';
import { simulatorHref } from '../src/ui/ib-simulator-link.js';

const query = (href: string) => new URLSearchParams(href.split('?')[1] ?? '');

describe('simulatorHref', () => {
  it('pre-fills principal, action and resource', () => {
    const href = simulatorHref({
      policySourceArn: 'arn:aws:iam::123456789012:role/ImageBuilderBadRole',
      action: 'imagebuilder:GetComponent',
      resource: 'arn:aws:imagebuilder:us-east-1:123456789012:component/tools/1.0.0/1',
    });
    assert.ok(href.startsWith('#/tools/simulator?'));
    const q = query(href);
    assert.equal(q.get('policySourceArn'), 'arn:aws:iam::123456789012:role/ImageBuilderBadRole');
    assert.equal(q.get('action'), 'imagebuilder:GetComponent');
    assert.equal(q.get('resource'), 'arn:aws:imagebuilder:us-east-1:123456789012:component/tools/1.0.0/1');
  });

  it('repeats context=KEY=VALUE once per value', () => {
    const q = query(
      simulatorHref({
        action: 'iam:PassRole',
        context: { 'iam:PassedToService': ['ec2.amazonaws.com'], 'aws:TagKeys': ['a', 'b'] },
      }),
    );
    assert.deepEqual(q.getAll('context'), [
      'iam:PassedToService=ec2.amazonaws.com',
      'aws:TagKeys=a',
      'aws:TagKeys=b',
    ]);
  });

  it('leaves out what is not known', () => {
    assert.equal(
      simulatorHref({ action: 'ec2:RunInstances' }),
      '#/tools/simulator?action=ec2%3ARunInstances',
    );
    assert.equal(simulatorHref({}), '#/tools/simulator');
  });
});

describe('principal ARNs', () => {
  const account = '123456789012';
  const roles = new Map([
    ['imagebuilderbadrole', 'arn:aws:iam::123456789012:role/service/ImageBuilderBadRole'],
  ]);

  it('simulates users and roles as their own ARN', () => {
    assert.equal(
      simulatableArn('arn:aws:iam::123456789012:user/dev/alice', account, roles),
      'arn:aws:iam::123456789012:user/dev/alice',
    );
    assert.equal(
      simulatableArn('arn:aws:iam::210987654321:role/Other', account, roles),
      'arn:aws:iam::210987654321:role/Other',
    );
  });

  it("resolves a role session to its role's ARN, path included, through the account's roles", () => {
    const session = 'arn:aws:sts::123456789012:assumed-role/ImageBuilderBadRole/i-0123456789abcdef0';
    assert.deepEqual(principalRef(session), {
      kind: 'role-session',
      partition: 'aws',
      account,
      roleName: 'ImageBuilderBadRole',
    });
    assert.equal(needsRoleLookup(session, account), true);
    assert.equal(
      simulatableArn(session, account, roles),
      'arn:aws:iam::123456789012:role/service/ImageBuilderBadRole',
    );
  });

  it('gives no ARN when the role cannot be known without doubt', () => {
    // The session ARN lacks the role's path: unknown role, or a role of another account.
    assert.equal(
      simulatableArn('arn:aws:sts::123456789012:assumed-role/Unknown/s', account, roles),
      undefined,
    );
    assert.equal(
      simulatableArn('arn:aws:sts::210987654321:assumed-role/ImageBuilderBadRole/s', account, roles),
      undefined,
    );
    assert.equal(needsRoleLookup('arn:aws:sts::210987654321:assumed-role/R/s', account), false);
  });

  it('gives no ARN for root, federated users and service principals', () => {
    for (const principal of [
      'arn:aws:iam::123456789012:root',
      'arn:aws:sts::123456789012:federated-user/bob',
      'imagebuilder.amazonaws.com',
    ]) {
      assert.equal(simulatableArn(principal, account, roles), undefined, principal);
    }
  });
});
