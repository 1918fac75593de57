/**
 * IB013: Image Builder may publish to each infrastructure configuration's status topic. It publishes with
 * its service-linked role, whose policy (AWSServiceRoleForImageBuilder) allows sns:Publish; the engine
 * evaluates that role's policies as the snapshot has them (the policy the role will get when it does not
 * exist yet). A topic in another account also needs a topic policy, which no IAM snapshot shows.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 */
import { MANAGED, ROLE_NAMES, serviceTrust, IMAGE_BUILDER_SERVICE, slrArn } from '../fixes/documents.js';
import type { IamRole, InfrastructureConfiguration } from '../snapshot/types.js';
import { arnParts, type AccountView } from '../world.js';
import type { CheckContext } from './context.js';

/** The account's service-linked role, or the one Image Builder would create. */
function serviceLinkedRole(account: AccountView): IamRole {
  return (
    account.role(ROLE_NAMES.serviceLinked) ?? {
      name: ROLE_NAMES.serviceLinked,
      path: ROLE_NAMES.serviceLinkedPath,
      arn: slrArn(account.id),
      trust: serviceTrust(IMAGE_BUILDER_SERVICE),
      inline: [],
      attached: [MANAGED.serviceLinkedRole],
      tags: {},
    }
  );
}

const done = new WeakMap<CheckContext, Set<string>>();

export function checkStatusTopic(
  ctx: CheckContext,
  account: AccountView,
  infra: InfrastructureConfiguration,
): void {
  const topic = infra.snsTopicArn;
  if (!topic) return;
  const seen = done.get(ctx) ?? new Set<string>();
  done.set(ctx, seen);
  if (seen.has(`${account.id} ${topic}`)) return;
  seen.add(`${account.id} ${topic}`);
  const { account: topicAccount, region } = arnParts(topic);
  const role = serviceLinkedRole(account);
  const ask = { action: 'sns:Publish', resource: topic, region: region || ctx.region };
  const decision = ctx.perms.decide(account, { kind: 'role', entity: role }, ask);
  if (decision.decision !== 'Allow') {
    ctx.findings.fail(
      'IB013',
      account.id,
      topic,
      `Image Builder's service-linked role ${role.name} may not sns:Publish to the status topic ${topic} of infrastructure configuration ${infra.name}.`,
      {
        account: account.id,
        actions: [],
        note: 'Service-linked roles cannot be edited: remove the Deny (permissions boundary or policy) that blocks it, or use another topic.',
      },
    );
    return;
  }
  if (topicAccount && topicAccount !== account.id) {
    ctx.findings.warn(
      'IB013',
      topicAccount,
      topic,
      `The status topic ${topic} of infrastructure configuration ${infra.name} belongs to account ${topicAccount}: its topic policy must let account ${account.id} publish, which no IAM snapshot shows.`,
      {
        account: topicAccount,
        actions: [
          {
            kind: 'sns-add-permission',
            region: region || ctx.region,
            topicArn: topic,
            label: `imagebuilder-${account.id}`,
            principalAccount: account.id,
          },
        ],
      },
    );
    return;
  }
  ctx.findings.pass();
}
