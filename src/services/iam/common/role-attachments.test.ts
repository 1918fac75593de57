// Managed policy paths read from ARNs, and service role policies refused on customer roles.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceError } from '../../common/service-error.js';
import { checkAttachableToRole, policyPathOf } from './role-attachments.js';

describe('role attachments', () => {
  it('reads the policy path from the ARN', () => {
    assert.equal(policyPathOf('arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'), '/');
    assert.equal(
      policyPathOf('arn:aws:iam::aws:policy/service-role/EC2ImageBuilderLifecycleExecutionPolicy'),
      '/service-role/',
    );
    assert.equal(policyPathOf('arn:aws:iam::123456789012:policy/a/b/Mine'), '/a/b/');
  });

  it('refuses AWS service role policies with PolicyNotAttachable', () => {
    assert.throws(
      () => checkAttachableToRole('arn:aws:iam::aws:policy/aws-service-role/AWSServiceRoleForImageBuilder'),
      (error: unknown) =>
        error instanceof ServiceError &&
        error.code === 'PolicyNotAttachable' &&
        error.message === 'Cannot attach a Service Role Policy to a Customer Role.',
    );
    assert.doesNotThrow(() =>
      checkAttachableToRole('arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole'),
    );
  });
});
