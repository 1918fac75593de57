/**
 * Output shapes of IAM entities, members in the API model's order (the XML element order).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html (and API_Role, API_Group, ...)
 */
import type { Tag, UserRecord } from '../../../store/records.js';
import type { ResultStruct } from '../../common/operation.js';

export const tagsShape = (tags: readonly Tag[]) =>
  tags.length > 0 ? tags.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined;

export const boundaryShape = (arn: string | undefined) =>
  arn ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: arn } : undefined;

export function userShape(user: UserRecord, withTags = true): ResultStruct {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: new Date(user.createDate),
    PermissionsBoundary: boundaryShape(user.permissionsBoundaryArn),
    Tags: withTags ? tagsShape(user.tags) : undefined,
  };
}

/** Tags as a map for aws:ResourceTag / aws:RequestTag condition keys. */
export const tagRecord = (tags: readonly Tag[]): Record<string, string> =>
  Object.fromEntries(tags.map((t) => [t.Key, t.Value]));

/** aws:RequestTag/* and aws:TagKeys for a request that carries tags. */
export function requestTagContext(tags: readonly Tag[] | undefined): Record<string, string | string[]> {
  if (!tags || tags.length === 0) return {};
  const context: Record<string, string | string[]> = { 'aws:TagKeys': tags.map((t) => t.Key) };
  for (const tag of tags) context[`aws:RequestTag/${tag.Key}`] = tag.Value;
  return context;
}
