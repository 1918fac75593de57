/**
 * Broad iam:PassRole and iam:CreateServiceLinkedRole grants.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource
 *   ("the following resource ARN might not generate a finding: arn:aws:iam::*:role/Service*")
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-create-slr-with-star-in-resource
 * AWSImageBuilderFullAccess (seed): PassRole on arn:aws:iam::*:role/*imagebuilder* with iam:PassedToService.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ValidationPolicyType } from '../finding.js';
import { policyOf, findingsOf } from '../testing.js';

const roleGrantCodes = (statement: object, type: ValidationPolicyType = 'identity'): string[] =>
  findingsOf(policyOf({ Effect: 'Allow', ...statement }), type)
    .map((f) => f.issueCode)
    .filter((code) => code.startsWith('PASS_ROLE') || code.startsWith('CREATE_SLR'));

const ROLE = 'arn:aws:iam::111122223333:role/EC2InstanceProfileForImageBuilder';

describe('PASS_ROLE_*', () => {
  const cases: [string, object, string][] = [
    [
      'named action, * resource',
      { Action: 'iam:PassRole', Resource: '*' },
      'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    ],
    [
      'named action, every role',
      { Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/*' },
      'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    ],
    [
      'wildcard action, * resource',
      { Action: 'iam:*', Resource: '*' },
      'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
    ],
    [
      'NotAction, * resource',
      { NotAction: 's3:*', Resource: '*' },
      'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
    ],
    [
      'named action, NotResource',
      { Action: 'iam:PassRole', NotResource: ROLE },
      'PASS_ROLE_WITH_NOT_RESOURCE',
    ],
    [
      'wildcard action, NotResource',
      { Action: 'iam:Pass*', NotResource: ROLE },
      'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
    ],
    [
      'NotAction, NotResource',
      { NotAction: 's3:*', NotResource: ROLE },
      'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE',
    ],
  ];
  for (const [name, statement, code] of cases) {
    it(`reports ${code} (${name})`, () => {
      assert.ok(roleGrantCodes(statement).includes(code), JSON.stringify(roleGrantCodes(statement)));
    });
  }

  it('is a security warning pointing at the Resource element', () => {
    const findings = findingsOf(policyOf({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }));
    const finding = findings.find((f) => f.issueCode === 'PASS_ROLE_WITH_STAR_IN_RESOURCE');
    assert.equal(finding?.findingType, 'SECURITY_WARNING');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Resource']);
  });

  it('accepts specific roles, role-name patterns, iam:PassedToService, Deny, and other policy types', () => {
    const scoped = { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } };
    assert.deepEqual(roleGrantCodes({ Action: 'iam:PassRole', Resource: ROLE }), []);
    assert.deepEqual(
      roleGrantCodes({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/*imagebuilder*' }),
      [],
    );
    assert.deepEqual(roleGrantCodes({ Action: 'iam:PassRole', Resource: '*', Condition: scoped }), []);
    assert.deepEqual(roleGrantCodes({ Action: 'iam:PassRole', NotResource: 'arn:aws:iam::*:role/*' }), []);
    assert.deepEqual(roleGrantCodes({ NotAction: 'iam:PassRole', Resource: ROLE }), []);
    const deny = findingsOf(policyOf({ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }));
    assert.deepEqual(
      deny.filter((f) => f.issueCode.startsWith('PASS_ROLE')),
      [],
    );
  });
});

describe('CREATE_SLR_*', () => {
  it('warns about iam:CreateServiceLinkedRole on any role, named or through a wildcard', () => {
    assert.ok(
      roleGrantCodes({ Action: 'iam:CreateServiceLinkedRole', Resource: '*' }).includes(
        'CREATE_SLR_WITH_STAR_IN_RESOURCE',
      ),
    );
    assert.ok(
      roleGrantCodes({ Action: 'iam:Create*', Resource: '*' }).includes(
        'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
      ),
    );
    assert.ok(
      roleGrantCodes({ NotAction: 's3:*', NotResource: ROLE }).includes(
        'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE',
      ),
    );
    const [finding] = findingsOf(
      policyOf({ Effect: 'Allow', Action: 'iam:CreateServiceLinkedRole', Resource: '*' }),
    );
    assert.equal(finding?.findingType, 'WARNING');
  });

  it('accepts the service-linked role ARN of AWSImageBuilderFullAccess and an iam:AWSServiceName condition', () => {
    const imageBuilderSlr =
      'arn:aws:iam::*:role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder';
    assert.deepEqual(
      roleGrantCodes({ Action: 'iam:CreateServiceLinkedRole', Resource: imageBuilderSlr }),
      [],
    );
    const scoped = { StringEquals: { 'iam:AWSServiceName': 'ssm.amazonaws.com' } };
    assert.deepEqual(
      roleGrantCodes({ Action: 'iam:CreateServiceLinkedRole', Resource: '*', Condition: scoped }),
      [],
    );
  });
});
