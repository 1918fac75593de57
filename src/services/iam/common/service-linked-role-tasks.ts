/**
 * Deletion tasks of service-linked roles: DeleteServiceLinkedRole answers with a task id of the form
 * `task/aws-service-role/SERVICE-PRINCIPAL/ROLE-NAME/UUID`, which GetServiceLinkedRoleDeletionStatus reads
 * back. Tasks are kept in the `deletion-tasks` collection under their id.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLinkedRoleDeletionStatus.html
 */
import { randomUUID } from 'node:crypto';

const TASK_ID = /^task\/aws-service-role\/([^/]+)\/([\w+=,.@-]+)\/([0-9a-fA-F-]{36})$/;

export interface DeletionTaskId {
  readonly servicePrincipal: string;
  readonly roleName: string;
}

/** A new task id for deleting the role at `/aws-service-role/SERVICE/ROLE`. */
export function newDeletionTaskId(servicePrincipal: string, roleName: string): string {
  return `task/aws-service-role/${servicePrincipal}/${roleName}/${randomUUID()}`;
}

/** The service and role a task id names, or undefined when it is not a deletion task id. */
export function parseDeletionTaskId(taskId: string): DeletionTaskId | undefined {
  const match = TASK_ID.exec(taskId);
  return match ? { servicePrincipal: match[1]!, roleName: match[2]! } : undefined;
}

/** The service principal of a service-linked role, from its path `/aws-service-role/SERVICE/`. */
export function servicePrincipalOfPath(path: string): string {
  return path.split('/')[2] ?? '';
}
