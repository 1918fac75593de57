/**
 * Policy variables outside Version 2012-10-17 and with operators that do not take them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-variable-unsupported-in-version
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-variable-for-operator
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, withCode } from '../testing.js';

const withVersion = (version: string | undefined, statement: object): string =>
  JSON.stringify({ ...(version === undefined ? {} : { Version: version }), Statement: [statement] });

const homeFolder = {
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*',
  Condition: { StringEquals: { 's3:prefix': '${aws:username}' } },
};

describe('VARIABLE_UNSUPPORTED_IN_VERSION', () => {
  it('reports variables in Resource and Condition under Version 2008-10-17 or without a Version', () => {
    for (const version of ['2008-10-17', undefined]) {
      const findings = withCode(withVersion(version, homeFolder), 'VARIABLE_UNSUPPORTED_IN_VERSION');
      assert.deepEqual(
        findings.map((f) => f.path),
        [
          ['Statement', 0, 'Resource', 0],
          ['Statement', 0, 'Condition', 'StringEquals', 's3:prefix', 0],
        ],
        String(version),
      );
      assert.equal(
        findings[0]?.message,
        'To include variables in your policy, use the policy version 2012-10-17 or later.',
      );
    }
  });

  it('accepts variables under 2012-10-17, and the escapes ${*} ${?} ${$} under any version', () => {
    assert.deepEqual(withCode(withVersion('2012-10-17', homeFolder), 'VARIABLE_UNSUPPORTED_IN_VERSION'), []);
    const escapes = { ...homeFolder, Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${*}', Condition: {} };
    assert.deepEqual(withCode(withVersion('2008-10-17', escapes), 'VARIABLE_UNSUPPORTED_IN_VERSION'), []);
  });
});

describe('INVALID_VARIABLE_FOR_OPERATOR', () => {
  it('reports variables with Numeric, Date, Bool and IP operators', () => {
    const text = allowPolicy({
      Action: 's3:GetObject',
      Condition: {
        NumericLessThan: { 's3:max-keys': '${aws:PrincipalTag/limit}' },
        Bool: { 'aws:SecureTransport': '${aws:PrincipalTag/secure}' },
        IpAddress: { 'aws:SourceIp': '${aws:PrincipalTag/ip}' },
      },
    });
    const findings = withCode(text, 'INVALID_VARIABLE_FOR_OPERATOR');
    assert.equal(findings.length, 3);
    assert.equal(findings[0]?.message, 'Policy variables can only be used with String and ARN operators.');
  });

  it('accepts variables with String and ARN operators', () => {
    const text = allowPolicy({
      Action: 's3:GetObject',
      Condition: {
        StringEquals: { 's3:prefix': '${aws:username}' },
        ArnLike: { 'aws:SourceArn': 'arn:aws:imagebuilder:*:${aws:PrincipalAccount}:image/*' },
      },
    });
    assert.deepEqual(withCode(text, 'INVALID_VARIABLE_FOR_OPERATOR'), []);
  });
});
