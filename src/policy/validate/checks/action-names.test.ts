/**
 * INVALID_SERVICE_IN_ACTION, INVALID_ACTION and WILDCARD_IN_SERVICE_NAME for Action and NotAction.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-service-in-action
 * Action names are case-insensitive: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, findingsOf, policyOf, withCode } from '../testing.js';

describe('INVALID_SERVICE_IN_ACTION', () => {
  it('reports an unknown service prefix as an error, suggesting the closest service', () => {
    const [finding, ...rest] = withCode(
      allowPolicy({ Action: 'imagebuildr:GetImage' }),
      'INVALID_SERVICE_IN_ACTION',
    );
    assert.equal(rest.length, 0);
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Action', 0]);
    assert.equal(
      finding?.message,
      'The service imagebuildr specified in the action does not exist. Did you mean imagebuilder?',
    );
  });

  it('accepts known services in any case', () => {
    const text = allowPolicy({
      Action: ['imagebuilder:GetImage', 'IMAGEBUILDER:listimages', 'ImageBuilder:Delete*'],
    });
    assert.deepEqual(findingsOf(text), []);
  });
});

describe('INVALID_ACTION', () => {
  it('reports an unknown action, suggesting the closest one, in Action and NotAction', () => {
    const text = allowPolicy({ NotAction: ['imagebuilder:GetImge'] });
    const [finding] = withCode(text, 'INVALID_ACTION');
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(finding?.path, ['Statement', 0, 'NotAction', 0]);
    assert.equal(
      finding?.message,
      'The action imagebuilder:GetImge does not exist. Did you mean imagebuilder:GetImage?',
    );
  });

  it('reports a wildcard pattern that names no action, and a value without a service prefix', () => {
    const findings = withCode(
      allowPolicy({ Action: ['imagebuilder:Frobnicate*', 's3GetObject'] }),
      'INVALID_ACTION',
    );
    assert.deepEqual(
      findings.map((f) => f.path),
      [
        ['Statement', 0, 'Action', 0],
        ['Statement', 0, 'Action', 1],
      ],
    );
  });

  it('accepts "*", service wildcards and patterns that name actions', () => {
    const text = allowPolicy({ Action: ['*', 'imagebuilder:*', 'imagebuilder:Get*', 'iam:PassRol?'] });
    assert.deepEqual(withCode(text, 'INVALID_ACTION'), []);
  });
});

describe('WILDCARD_IN_SERVICE_NAME (actions)', () => {
  it('suggests not to use wildcards in the service prefix', () => {
    const [finding] = withCode(allowPolicy({ Action: 'image*:GetImage' }), 'WILDCARD_IN_SERVICE_NAME');
    assert.equal(finding?.findingType, 'SUGGESTION');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Action', 0]);
  });

  it('does not report a plain service prefix', () => {
    assert.deepEqual(withCode(allowPolicy({ Action: 'imagebuilder:Get*' }), 'WILDCARD_IN_SERVICE_NAME'), []);
  });
});

describe('SCP_SYNTAX_ERROR_ACTION_WILDCARD', () => {
  const scp = (action: string): string => policyOf({ Effect: 'Deny', Action: action, Resource: '*' });

  it('reports a wildcard that is not at the end of an SCP action (the reference example iam:*role)', () => {
    const [finding] = withCode(scp('iam:*role'), 'SCP_SYNTAX_ERROR_ACTION_WILDCARD', 'scp');
    assert.equal(finding?.findingType, 'ERROR');
    assert.equal(
      finding?.message,
      'SCP actions can include wildcards (*) only at the end of a string. Update iam:*role.',
    );
  });

  it('accepts a trailing wildcard in an SCP, and any wildcard in other policy types', () => {
    assert.deepEqual(withCode(scp('iam:Get*'), 'SCP_SYNTAX_ERROR_ACTION_WILDCARD', 'scp'), []);
    assert.deepEqual(withCode(allowPolicy({ Action: 'iam:*Role' }), 'SCP_SYNTAX_ERROR_ACTION_WILDCARD'), []);
  });
});

describe('RCP_SYNTAX_ERROR_ACTION', () => {
  const rcp = (action: string): string =>
    policyOf({ Effect: 'Deny', Principal: '*', Action: action, Resource: '*' });

  it('reports an action of a service that RCPs do not cover', () => {
    const [finding] = withCode(rcp('imagebuilder:*'), 'RCP_SYNTAX_ERROR_ACTION', 'rcp');
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Action', 0]);
  });

  it('accepts actions of services that RCPs cover', () => {
    for (const action of ['s3:GetObject', 'sts:AssumeRole', 'kms:Decrypt', 'secretsmanager:GetSecretValue']) {
      assert.deepEqual(withCode(rcp(action), 'RCP_SYNTAX_ERROR_ACTION', 'rcp'), [], action);
    }
  });
});
