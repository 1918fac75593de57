/**
 * The Role structure as IAM returns it, members in the API model's order (the XML element order): Path,
 * RoleName, RoleId, Arn, CreateDate, AssumeRolePolicyDocument (URL-encoded), Description,
 * MaxSessionDuration, PermissionsBoundary, Tags, RoleLastUsed. Not every operation returns every member:
 * GetRole returns all of them (RoleLastUsed empty for a role never used); ListRoles leaves out
 * PermissionsBoundary, RoleLastUsed and Tags ("IAM resource-listing operations return a subset of the
 * available attributes"); CreateRole returns the role as created, without MaxSessionDuration and
 * RoleLastUsed (the API reference's example); roles inside an instance profile carry the core members and
 * the trust policy (the AWS CLI's get-instance-profile example).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { ResultStruct } from '../../common/operation.js';
import { encodeDocument } from './inline-policies.js';
import { boundaryShape, tagsShape } from './shapes.js';

export type RoleView = 'get' | 'create' | 'list' | 'profile';

/** RoleLastUsed: empty for a role never used, else the date and Region of its last use. */
export const roleLastUsedShape = (role: RoleRecord): ResultStruct =>
  role.lastUsed ? { LastUsedDate: new Date(role.lastUsed.date), Region: role.lastUsed.region } : {};

/**
 * Shapes of records that cannot change (the store's read cache hands out frozen records), kept per
 * record: a ListRoles of unchanged roles encodes no trust policy again.
 */
const shapes: Record<RoleView, WeakMap<RoleRecord, ResultStruct>> = {
  get: new WeakMap(),
  create: new WeakMap(),
  list: new WeakMap(),
  profile: new WeakMap(),
};

export function roleShape(role: RoleRecord, view: RoleView = 'get'): ResultStruct {
  if (!Object.isFrozen(role)) return buildRoleShape(role, view);
  let shape = shapes[view].get(role);
  if (!shape) {
    shape = Object.freeze(buildRoleShape(role, view));
    shapes[view].set(role, shape);
  }
  return shape;
}

function buildRoleShape(role: RoleRecord, view: RoleView): ResultStruct {
  const core: ResultStruct = {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: new Date(role.createDate),
    AssumeRolePolicyDocument: encodeDocument(role.assumeRolePolicyDocument),
  };
  if (view === 'profile') return core;
  return {
    ...core,
    Description: role.description,
    MaxSessionDuration: view === 'create' ? undefined : role.maxSessionDuration,
    PermissionsBoundary: view === 'list' ? undefined : boundaryShape(role.permissionsBoundaryArn),
    Tags: view === 'list' ? undefined : tagsShape(role.tags),
    RoleLastUsed: view === 'get' ? roleLastUsedShape(role) : undefined,
  };
}
