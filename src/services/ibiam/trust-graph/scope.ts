/**
 * What every part of the trust graph works from: the account, its roles, its users and roles as
 * principals, and the engine that answers each question.
 */
import type { AccessCheck } from '../../common/operation.js';
import type { RoleRecord } from '../../../store/records.js';
import { tagRecord } from '../../iam/common/shapes.js';
import type { GraphEngine } from './graph-engine.js';
import type { LocalPrincipal } from './principals.js';

export interface GraphScope {
  readonly account: string;
  readonly roles: readonly RoleRecord[];
  readonly principals: readonly LocalPrincipal[];
  readonly engine: GraphEngine;
}

/** A request on a role of the account (sts:AssumeRole*, iam:PassRole), with the role's tags. */
export function roleRequest(role: RoleRecord, action: string, context?: AccessCheck['context']): AccessCheck {
  return {
    action,
    resource: role.arn,
    resourceAccount: role.accountId,
    resourceTags: tagRecord(role.tags),
    ...(context ? { context } : {}),
  };
}
