/**
 * The execution role of an image or pipeline (`executionRole`: a role name, a path and name, or a role
 * ARN of the caller's account): the role Image Builder assumes to run workflows. A role that does not
 * exist is InvalidParameterValueException; setting it is passing it to the service, so the caller must be
 * allowed iam:PassRole on it with iam:PassedToService imagebuilder.amazonaws.com.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-workflows.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { OperationContext } from '../../common/operation.js';
import { invalidParameterValue } from './errors.js';
import { resourceTagsOf } from './image-tag-context.js';
import { IMAGE_BUILDER_SERVICE_PRINCIPAL } from './service-linked-role-ensure.js';

/**
 * The execution role (a name, a path and name, or an ARN of the caller's account); with `pass`, the
 * caller must be allowed to pass it to Image Builder.
 */
export async function resolveExecutionRole(
  ctx: OperationContext,
  nameOrArn: string,
  pass = true,
): Promise<RoleRecord> {
  const account = ctx.caller.accountId;
  const arnAccount = /^arn:[^:]+:iam::([0-9]{12}):role\//.exec(nameOrArn)?.[1];
  const name = nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1);
  const role =
    arnAccount === undefined || arnAccount === account
      ? await ctx.tx.get('roles', account, name.toLowerCase())
      : undefined;
  if (!role) {
    throw invalidParameterValue(
      `The value supplied for parameter 'executionRole' is not valid. The provided role ${nameOrArn} does not exist.`,
    );
  }
  if (!pass) return role;
  await ctx.check({
    action: 'iam:PassRole',
    resource: role.arn,
    context: { 'iam:PassedToService': IMAGE_BUILDER_SERVICE_PRINCIPAL },
    ...resourceTagsOf(Object.fromEntries(role.tags.map((t) => [t.Key, t.Value]))),
  });
  return role;
}
