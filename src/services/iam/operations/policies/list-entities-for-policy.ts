/**
 * ListEntitiesForPolicy: the groups, users and roles of the account that use a managed policy, as a
 * permissions policy (attached) or as a permissions boundary; PolicyUsageFilter keeps one use,
 * EntityFilter one kind of entity (LocalManagedPolicy and AWSManagedPolicy name no entity kind that can
 * use a policy, so they list nothing), PathPrefix filters on the entity's path. MaxItems counts entities
 * across the three lists, which are filled in the order groups, users, roles.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation, type ResultStruct } from '../../../common/operation.js';
import { paginateAcross } from '../../common/account-pagination.js';
import { readPageRequest } from '../../common/pagination.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { checkEnums } from '../../common/policy-input.js';
import { requireManagedPolicyView } from '../../common/policy-lookup.js';
import { AccountPolicyUsage } from '../../common/policy-usage.js';
import { ARN, PATH_PREFIX } from '../../common/rules.js';

const ENTITY_FILTERS = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] as const;
const USAGES = ['PermissionsPolicy', 'PermissionsBoundary'] as const;

type ListName = 'PolicyGroups' | 'PolicyUsers' | 'PolicyRoles';

interface Entity {
  readonly list: ListName;
  readonly name: string;
  readonly id: string;
  readonly path: string;
}

const MEMBER_NAMES: Record<ListName, readonly [string, string]> = {
  PolicyGroups: ['GroupName', 'GroupId'],
  PolicyUsers: ['UserName', 'UserId'],
  PolicyRoles: ['RoleName', 'RoleId'],
};

/** The entities of one list, each once, in name order. */
function entitiesOf(
  list: ListName,
  records: readonly { name: string; id: string; path: string }[],
): Entity[] {
  const byId = new Map(records.map((r) => [r.id, { list, name: r.name, id: r.id, path: r.path }]));
  return [...byId.values()].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
}

export const listEntitiesForPolicy = defineOperation({
  name: 'ListEntitiesForPolicy',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const policyArn = reader.string('PolicyArn', ARN);
    const entityFilter = reader.optionalString('EntityFilter');
    const pathPrefix = reader.optionalString('PathPrefix', PATH_PREFIX) ?? '/';
    const usageFilter = reader.optionalString('PolicyUsageFilter');
    const page = readPageRequest(reader);
    reader.done();
    checkEnums([
      ['EntityFilter', entityFilter, ENTITY_FILTERS],
      ['PolicyUsageFilter', usageFilter, USAGES],
    ]);
    parsePolicyArn(policyArn);
    return { policyArn, entityFilter, pathPrefix, usageFilter, page };
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:ListEntitiesForPolicy', input.policyArn, { read: true })];
  },
  async run(input, ctx) {
    const view = await requireManagedPolicyView(ctx.tx, ctx.awsManaged, input.policyArn);
    const usage = (await AccountPolicyUsage.load(ctx.tx, ctx.caller.accountId)).of(view.arn);
    const attached = input.usageFilter !== 'PermissionsBoundary';
    const boundary = input.usageFilter !== 'PermissionsPolicy';
    const wants = (kind: string) => input.entityFilter === undefined || input.entityFilter === kind;
    const entities = [
      ...(wants('Group') && attached ? entitiesOf('PolicyGroups', usage.groups) : []),
      ...(wants('User')
        ? entitiesOf('PolicyUsers', [
            ...(attached ? usage.users : []),
            ...(boundary ? usage.boundaryUsers : []),
          ])
        : []),
      ...(wants('Role')
        ? entitiesOf('PolicyRoles', [
            ...(attached ? usage.roles : []),
            ...(boundary ? usage.boundaryRoles : []),
          ])
        : []),
    ].filter((e) => e.path.startsWith(input.pathPrefix));
    const { items, rest } = paginateAcross(entities, input.page, (e) => e.id);
    const listOf = (list: ListName): ResultStruct[] => {
      const [nameMember, idMember] = MEMBER_NAMES[list];
      return items.filter((e) => e.list === list).map((e) => ({ [nameMember]: e.name, [idMember]: e.id }));
    };
    return {
      PolicyGroups: listOf('PolicyGroups'),
      PolicyUsers: listOf('PolicyUsers'),
      PolicyRoles: listOf('PolicyRoles'),
      ...rest,
    };
  },
});
