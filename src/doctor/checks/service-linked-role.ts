/**
 * IB001: AWSServiceRoleForImageBuilder exists, or everyone who may create Image Builder resources may
 * create it (iam:CreateServiceLinkedRole on its ARN with iam:AWSServiceName imagebuilder.amazonaws.com,
 * as AWSImageBuilderFullAccess grants), since Image Builder creates it with the caller's credentials.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 */
import { IMAGE_BUILDER_SERVICE, ROLE_NAMES, slrArn } from '../fixes/documents.js';
import type { AccountView } from '../world.js';
import { principalLabel, type CheckContext } from './context.js';
import { imageBuilderCreators } from './creators.js';

export function serviceLinkedRoleExists(account: AccountView): boolean {
  const role = account.role(ROLE_NAMES.serviceLinked);
  return role !== undefined && role.path === ROLE_NAMES.serviceLinkedPath;
}

export function checkServiceLinkedRole(ctx: CheckContext, account: AccountView): void {
  if (serviceLinkedRoleExists(account)) return ctx.findings.pass();
  const arn = slrArn(account.id);
  const ask = {
    action: 'iam:CreateServiceLinkedRole',
    resource: arn,
    context: { 'iam:AWSServiceName': IMAGE_BUILDER_SERVICE },
  };
  const unable = imageBuilderCreators(ctx, account).filter((p) => !ctx.perms.allows(account, p, ask));
  if (unable.length === 0) return ctx.findings.pass();
  const names = unable.slice(0, 5).map(principalLabel).join(', ');
  const more = unable.length > 5 ? ` and ${unable.length - 5} more` : '';
  ctx.findings.fail(
    'IB001',
    account.id,
    arn,
    `The service-linked role ${ROLE_NAMES.serviceLinked} does not exist, and ${unable.length} principal(s) who may create Image Builder resources may not create it (iam:CreateServiceLinkedRole for ${IMAGE_BUILDER_SERVICE}): ${names}${more}. Their first Create request will be denied.`,
    {
      account: account.id,
      actions: [{ kind: 'create-service-linked-role', service: IMAGE_BUILDER_SERVICE }],
    },
  );
}
