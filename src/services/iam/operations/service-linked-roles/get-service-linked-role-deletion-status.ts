/**
 * GetServiceLinkedRoleDeletionStatus: the status of a deletion task that DeleteServiceLinkedRole started
 * (SUCCEEDED, IN_PROGRESS, FAILED or NOT_STARTED). The request is authorized on the ARN of the role the
 * task id names; a malformed task id is InvalidInput, an unknown one NoSuchEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLinkedRoleDeletionStatus.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { invalidInput, noSuchEntity } from '../../../common/service-error.js';
import { iamArn } from '../../common/arns.js';
import { DELETION_TASK_ID } from '../../common/role-input.js';
import { parseDeletionTaskId } from '../../common/service-linked-role-tasks.js';

export const getServiceLinkedRoleDeletionStatus = defineOperation({
  name: 'GetServiceLinkedRoleDeletionStatus',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const deletionTaskId = reader.string('DeletionTaskId', DELETION_TASK_ID);
    reader.done();
    const task = parseDeletionTaskId(deletionTaskId);
    if (!task) throw invalidInput(`Invalid deletion task id: ${deletionTaskId}`);
    return { deletionTaskId, task };
  },
  access(input, ctx) {
    const path = `/aws-service-role/${input.task.servicePrincipal}/`;
    const resource = iamArn(ctx.caller.accountId, 'role', path, input.task.roleName);
    return [{ action: 'iam:GetServiceLinkedRoleDeletionStatus', resource }];
  },
  async run(input, ctx) {
    const task = await ctx.tx.get('deletion-tasks', ctx.caller.accountId, input.deletionTaskId);
    if (!task) throw noSuchEntity(`Deletion task ${input.deletionTaskId} cannot be found.`);
    return { Status: task.status };
  },
});
