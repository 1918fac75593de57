// The service-linked role table names, for each service, an AWS managed service role policy that exists
// in the AWS managed policy catalogue under /aws-service-role/, and Image Builder's role as documented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AwsManagedPolicies } from '../aws-managed/catalog.js';
import {
  SERVICE_LINKED_ROLE_SERVICES,
  serviceLinkedRoleService,
  serviceLinkedRoleTrustPolicy,
} from './service-linked-role-services.js';

describe('service-linked role services', () => {
  const catalog = new AwsManagedPolicies();

  it('attaches policies that exist in the catalogue under /aws-service-role/', () => {
    for (const service of SERVICE_LINKED_ROLE_SERVICES) {
      const policy = catalog.get(service.policyArn);
      assert.ok(policy, `${service.policyArn} is an AWS managed policy`);
      assert.equal(policy.path, '/aws-service-role/', service.policyArn);
    }
  });

  it('names Image Builder role and policy as the Image Builder user guide does', () => {
    // https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
    assert.deepEqual(serviceLinkedRoleService('imagebuilder.amazonaws.com'), {
      servicePrincipal: 'imagebuilder.amazonaws.com',
      roleName: 'AWSServiceRoleForImageBuilder',
      policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSServiceRoleForImageBuilder',
      customSuffix: false,
    });
    assert.equal(serviceLinkedRoleService('unknown.amazonaws.com'), undefined);
  });

  it('covers the services whose roles the Image Builder role itself creates (ssm, ec2fastlaunch)', () => {
    // AWSServiceRoleForImageBuilder allows iam:CreateServiceLinkedRole for these two service names.
    assert.equal(serviceLinkedRoleService('ssm.amazonaws.com')?.roleName, 'AWSServiceRoleForAmazonSSM');
    assert.equal(
      serviceLinkedRoleService('ec2fastlaunch.amazonaws.com')?.roleName,
      'AWSServiceRoleForEC2FastLaunch',
    );
  });

  it('writes a trust policy that lets the service assume the role', () => {
    assert.deepEqual(JSON.parse(serviceLinkedRoleTrustPolicy('ecs.amazonaws.com')), {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
  });
});
