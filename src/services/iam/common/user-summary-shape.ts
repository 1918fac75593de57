/**
 * The User structure as IAM's listing operations return it (ListUsers, GetGroup's Users): without
 * PermissionsBoundary and Tags, which only GetUser (and CreateUser) return.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html
 */
import type { UserRecord } from '../../../store/records.js';
import type { ResultStruct } from '../../common/operation.js';

export function userSummaryShape(user: UserRecord): ResultStruct {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: new Date(user.createDate),
  };
}
