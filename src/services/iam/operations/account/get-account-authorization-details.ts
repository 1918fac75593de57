/**
 * GetAccountAuthorizationDetails: a snapshot of the account's authorization: users (with their inline
 * policies, groups and attached policies), groups, roles (with their trust policy, instance profiles,
 * inline and attached policies) and managed policies with their versions: the account's customer managed
 * policies and the AWS managed policies in use in the account. Filter chooses entity kinds (all by
 * default); MaxItems counts entries across the four lists, filled in the order users, groups, roles,
 * policies. The shape is AWS's, so that the AWS CLI's output can be compared with a real account's.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation, type ResultStruct } from '../../../common/operation.js';
import {
  groupDetailShape,
  managedPolicyDetailShape,
  roleDetailShape,
  userDetailShape,
} from '../../common/account-details.js';
import { paginateAcross } from '../../common/account-pagination.js';
import { readPageRequest } from '../../common/pagination.js';
import { checkEnums } from '../../common/policy-input.js';
import { awsPolicyView, customerPolicyView, type ManagedPolicyView } from '../../common/policy-lookup.js';
import { AccountPolicyUsage } from '../../common/policy-usage.js';

const FILTERS = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] as const;

type ListName = 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies';

interface Entry {
  readonly list: ListName;
  readonly key: string;
  shape(): Promise<ResultStruct> | ResultStruct;
}

export const getAccountAuthorizationDetails = defineOperation({
  name: 'GetAccountAuthorizationDetails',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const filter = reader.optionalStringList('Filter');
    const page = readPageRequest(reader);
    reader.done();
    checkEnums((filter ?? []).map((value) => ['Filter', value, FILTERS] as const));
    return { filter: filter && filter.length > 0 ? new Set(filter) : undefined, page };
  },
  access: () => [{ action: 'iam:GetAccountAuthorizationDetails', resource: '*' }],
  async run(input, ctx) {
    const account = ctx.caller.accountId;
    const wants = (kind: string) => input.filter === undefined || input.filter.has(kind);
    const usage = await AccountPolicyUsage.load(ctx.tx, account);
    const entries: Entry[] = [];
    if (wants('User')) {
      for (const user of usage.users) {
        entries.push({ list: 'UserDetailList', key: user.arn, shape: () => userDetailShape(user) });
      }
    }
    if (wants('Group')) {
      for (const group of usage.groups) {
        entries.push({ list: 'GroupDetailList', key: group.arn, shape: () => groupDetailShape(group) });
      }
    }
    if (wants('Role')) {
      const profiles = await ctx.tx.list('instance-profiles', account);
      for (const role of usage.roles) {
        entries.push({
          list: 'RoleDetailList',
          key: role.arn,
          shape: () => roleDetailShape(ctx.tx, role, profiles),
        });
      }
    }
    const policies: ManagedPolicyView[] = [];
    if (wants('LocalManagedPolicy')) {
      for (const record of await ctx.tx.list('policies', account)) policies.push(customerPolicyView(record));
    }
    if (wants('AWSManagedPolicy')) {
      const used = new Set(usage.usedArns());
      const inUse = ctx.awsManaged.all().filter((p) => used.has(p.arn));
      for (const policy of inUse) policies.push(awsPolicyView(ctx.awsManaged, policy));
    }
    for (const view of policies) {
      entries.push({
        list: 'Policies',
        key: view.arn,
        shape: () => managedPolicyDetailShape(view, usage.counts(view.arn)),
      });
    }
    const { items, rest } = paginateAcross(entries, input.page, (e) => `${e.list} ${e.key}`);
    const lists: Record<ListName, ResultStruct[]> = {
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [],
      Policies: [],
    };
    for (const entry of items) lists[entry.list].push(await entry.shape());
    return { ...lists, ...rest };
  },
});
