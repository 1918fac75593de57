// RoleArn syntax and parts, with the cases AWS answered in LocalStack's AWS-validated STS snapshot.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkArnSyntax, isArnSyntax, roleArnParts } from './role-arn.js';

describe('RoleArn syntax', () => {
  it('refuses strings AWS calls invalid', () => {
    for (const bad of [
      'nothing-valid-in-here',
      'arn::b:::something/test-role',
      'arn:a::::something/test-role',
      'arn:a:::something/test-role',
      'arn:a:a::aaaaaaaaaa:',
    ]) {
      assert.equal(isArnSyntax(bad), false, bad);
    }
    assert.throws(() => checkArnSyntax('nothing-valid-in-here'), {
      code: 'ValidationError',
      message: 'nothing-valid-in-here is invalid',
    });
  });

  it('accepts any well-formed ARN, even one that names no role', () => {
    assert.equal(isArnSyntax('arn:a:b:::something/test-role'), true);
    assert.equal(isArnSyntax('arn:aws:iam::123456789012:role/R'), true);
  });
});

describe('role ARN parts', () => {
  it('splits account, path and name', () => {
    assert.deepEqual(roleArnParts('arn:aws:iam::123456789012:role/R'), {
      account: '123456789012',
      path: '/',
      name: 'R',
    });
    assert.deepEqual(roleArnParts('arn:aws:iam::123456789012:role/service-role/team/R'), {
      account: '123456789012',
      path: '/service-role/team/',
      name: 'R',
    });
  });

  it('names no role for other ARNs', () => {
    assert.equal(roleArnParts('arn:aws:iam::123456789012:user/R'), undefined);
    assert.equal(roleArnParts('arn:aws:sts::123456789012:assumed-role/R/s'), undefined);
    assert.equal(roleArnParts('arn:aws:iam::12345:role/R'), undefined);
  });
});
