/**
 * CreateServiceLinkedRole: the role an AWS service uses on the caller's behalf, named by the service
 * (`AWSServiceRoleForImageBuilder` for imagebuilder.amazonaws.com, plus `_SUFFIX` for services that take
 * a CustomSuffix), at path `/aws-service-role/SERVICE/`, trusting the service principal, with the
 * service's AWS managed policy attached. The request is iam:CreateServiceLinkedRole on the role's ARN with
 * iam:AWSServiceName. A name already taken, an unknown service, or a suffix the service does not accept
 * are InvalidInput.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create-service-linked-role.html
 */
import { InputReader } from '../../../common/input.js';
import { uniqueId } from '../../../common/ids.js';
import { defineOperation } from '../../../common/operation.js';
import { invalidInput } from '../../../common/service-error.js';
import type { RoleRecord } from '../../../../store/records.js';
import { iamArn } from '../../common/arns.js';
import { findRole, saveRole, SERVICE_LINKED_ROLE_PATH_PREFIX } from '../../common/role-access.js';
import { AWS_SERVICE_NAME, CUSTOM_SUFFIX, DEFAULT_MAX_SESSION_DURATION } from '../../common/role-input.js';
import { roleShape } from '../../common/role-shape.js';
import { DESCRIPTION } from '../../common/rules.js';
import {
  serviceLinkedRoleService,
  serviceLinkedRoleTrustPolicy,
} from '../../common/service-linked-role-services.js';

const pathOf = (servicePrincipal: string) => `${SERVICE_LINKED_ROLE_PATH_PREFIX}${servicePrincipal}/`;

export const createServiceLinkedRole = defineOperation({
  name: 'CreateServiceLinkedRole',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      awsServiceName: reader.string('AWSServiceName', AWS_SERVICE_NAME),
      description: reader.optionalString('Description', DESCRIPTION),
      customSuffix: reader.optionalString('CustomSuffix', CUSTOM_SUFFIX),
    };
    reader.done();
    return input;
  },
  access(input, ctx) {
    const known = serviceLinkedRoleService(input.awsServiceName);
    const baseName = known?.roleName ?? `AWSServiceRoleFor${input.awsServiceName}`;
    const name = input.customSuffix ? `${baseName}_${input.customSuffix}` : baseName;
    const resource = iamArn(ctx.caller.accountId, 'role', pathOf(input.awsServiceName), name);
    const context = { 'iam:AWSServiceName': input.awsServiceName };
    return [{ action: 'iam:CreateServiceLinkedRole', resource, context }];
  },
  async run(input, ctx) {
    const service = serviceLinkedRoleService(input.awsServiceName);
    if (!service) {
      throw invalidInput(
        `Unrecognized service name: ${input.awsServiceName}. No service-linked role is defined for it.`,
      );
    }
    if (input.customSuffix !== undefined && !service.customSuffix) {
      throw invalidInput(`Custom suffix is not allowed for ${service.servicePrincipal}`);
    }
    const name = input.customSuffix ? `${service.roleName}_${input.customSuffix}` : service.roleName;
    if (await findRole(ctx, name)) {
      throw invalidInput(
        `Service role name ${name} has been taken in this account, please try a different suffix.`,
      );
    }
    const account = ctx.caller.accountId;
    const path = pathOf(service.servicePrincipal);
    const role: RoleRecord = {
      accountId: account,
      name,
      id: uniqueId('AROA'),
      path,
      arn: iamArn(account, 'role', path, name),
      createDate: ctx.now.toISOString(),
      assumeRolePolicyDocument: serviceLinkedRoleTrustPolicy(service.servicePrincipal),
      ...(input.description !== undefined ? { description: input.description } : {}),
      maxSessionDuration: DEFAULT_MAX_SESSION_DURATION,
      tags: [],
      attachedPolicies: ctx.awsManaged.get(service.policyArn) ? [service.policyArn] : [],
      inlinePolicies: [],
    };
    await saveRole(ctx, role);
    return { Role: roleShape(role, 'create') };
  },
});
