/**
 * Condition keys against the catalogue.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-global-condition-key
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-service-condition-key
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-deprecated-global-condition-key
 * Global keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, findingsOf, withCode } from '../testing.js';

const withKey = (key: string, operator = 'StringEquals', value: unknown = 'x'): string =>
  allowPolicy({ Action: 's3:GetObject', Condition: { [operator]: { [key]: value } } });

describe('INVALID_GLOBAL_CONDITION_KEY', () => {
  it('reports an unknown aws: key at the key', () => {
    const [finding] = withCode(withKey('aws:usrname'), 'INVALID_GLOBAL_CONDITION_KEY');
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Condition', 'StringEquals', 'aws:usrname']);
    assert.equal(
      finding?.message,
      'The condition key aws:usrname does not exist. Use a valid condition key.',
    );
  });

  it('accepts global keys in any case, and tag keys with a tag name', () => {
    for (const key of ['aws:username', 'AWS:UserName', 'aws:RequestTag/Env', 'aws:PrincipalTag/team']) {
      assert.deepEqual(findingsOf(withKey(key)), [], key);
    }
  });
});

describe('MISSING_TAG_KEY_IN_CONDITION', () => {
  it('reports aws:RequestTag without a tag name', () => {
    for (const key of ['aws:RequestTag', 'aws:ResourceTag/']) {
      const [finding] = withCode(withKey(key), 'MISSING_TAG_KEY_IN_CONDITION');
      assert.equal(finding?.findingType, 'ERROR', key);
    }
  });
});

describe('DEPRECATED_GLOBAL_CONDITION_KEY', () => {
  it('warns about aws:ARN', () => {
    const [finding] = withCode(
      withKey('aws:ARN', 'ArnLike', 'arn:aws:iam::111122223333:role/x'),
      'DEPRECATED_GLOBAL_CONDITION_KEY',
    );
    assert.equal(finding?.findingType, 'WARNING');
    assert.equal(
      finding?.message,
      'We recommend that you update aws:ARN to use the newer condition keys aws:PrincipalArn or aws:SourceArn.',
    );
  });

  it('does not warn about aws:PrincipalArn', () => {
    assert.deepEqual(
      withCode(
        withKey('aws:PrincipalArn', 'ArnLike', 'arn:aws:iam::111122223333:role/x'),
        'DEPRECATED_GLOBAL_CONDITION_KEY',
      ),
      [],
    );
  });
});

describe('INVALID_SERVICE_CONDITION_KEY', () => {
  it('reports an unknown key of a known service', () => {
    const [finding] = withCode(withKey('imagebuilder:NoSuchKey'), 'INVALID_SERVICE_CONDITION_KEY');
    assert.equal(finding?.findingType, 'ERROR');
    assert.equal(
      finding?.message,
      'The condition key imagebuilder:NoSuchKey does not exist in the service imagebuilder. Use a valid condition key.',
    );
  });

  it('accepts service keys, templated ones included', () => {
    for (const key of [
      'imagebuilder:Ec2MetadataHttpTokens',
      'imagebuilder:CreatedResourceTag/CreatedBy',
      'iam:PassedToService',
      'ssm:resourceTag/CreatedBy',
      's3:ExistingObjectTag/team',
    ]) {
      assert.deepEqual(findingsOf(withKey(key)), [], key);
    }
  });

  it('leaves the claims of identity providers alone', () => {
    for (const key of [
      'token.actions.githubusercontent.com:sub',
      'accounts.google.com:aud',
      'oidc.example.com:sub',
      'saml:aud',
    ]) {
      assert.deepEqual(findingsOf(withKey(key)), [], key);
    }
  });
});

describe('INVALID_SERVICE and INVALID_CONDITION_KEY_FORMAT', () => {
  it('reports a key of an unknown service', () => {
    const [finding] = withCode(withKey('imagebuildr:Ec2MetadataHttpTokens'), 'INVALID_SERVICE');
    assert.equal(finding?.message, 'The service imagebuildr does not exist. Use a valid service name.');
  });

  it('reports a key without a prefix', () => {
    const [finding] = withCode(withKey('username'), 'INVALID_CONDITION_KEY_FORMAT');
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(withCode(withKey('aws:username'), 'INVALID_CONDITION_KEY_FORMAT'), []);
  });
});
