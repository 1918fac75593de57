/**
 * The principals the simulator offers: the users, groups and roles of the signed-in account (every page
 * of ListUsers, ListGroups, ListRoles), by ARN, the way iam:SimulatePrincipalPolicy names its PolicySourceArn.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 */
import { ListGroupsCommand, ListRolesCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { useApp } from '../../app-context.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';

export function usePrincipals() {
  const { clients } = useApp();
  const { iam } = clients;
  return useAsync(async () => {
    const [users, groups, roles] = await Promise.all([
      allPages(async (Marker) => {
        const out = await iam.send(new ListUsersCommand({ Marker }));
        return page(out.Users, out.IsTruncated, out.Marker);
      }),
      allPages(async (Marker) => {
        const out = await iam.send(new ListGroupsCommand({ Marker }));
        return page(out.Groups, out.IsTruncated, out.Marker);
      }),
      allPages(async (Marker) => {
        const out = await iam.send(new ListRolesCommand({ Marker }));
        return page(out.Roles, out.IsTruncated, out.Marker);
      }),
    ]);
    return {
      Users: users.map((u) => ({ arn: u.Arn ?? '', name: u.UserName ?? '' })),
      Groups: groups.map((g) => ({ arn: g.Arn ?? '', name: g.GroupName ?? '' })),
      Roles: roles.map((r) => ({ arn: r.Arn ?? '', name: r.RoleName ?? '' })),
    };
  }, [iam]);
}
