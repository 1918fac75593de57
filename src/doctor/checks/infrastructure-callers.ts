/**
 * What the principals who create an infrastructure configuration need besides imagebuilder:* (the
 * permissions AWSImageBuilderFullAccess grants only for names containing lower-case "imagebuilder"):
 * IB008 iam:PassRole of the instance profile's role to ec2.amazonaws.com and iam:GetInstanceProfile,
 * IB015 sns:Publish to the status topic, IB016 s3:ListBucket on the logging bucket.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-identity-based-policies.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html
 */
import { refusal, type Ask } from '../engine/permissions.js';
import { policyName, putPolicy } from '../fixes/builders.js';
import { EC2_SERVICE, policyOf } from '../fixes/documents.js';
import type { IamRole, InfrastructureConfiguration, JsonValue } from '../snapshot/types.js';
import { arnParts, type AccountView, type Principal } from '../world.js';
import { principalLabel, type CheckContext } from './context.js';
import { resourceCreators } from './creators.js';
import { instanceRoleOf } from './instance-profiles.js';

interface Need {
  readonly ask: Ask;
  readonly statement: JsonValue;
  readonly what: string;
}

const seen = new WeakMap<CheckContext, Set<string>>();

/** Records one finding per principal and need (several configurations may share a role or topic). */
function requireOf(
  ctx: CheckContext,
  id: string,
  account: AccountView,
  principal: Principal,
  needs: readonly Need[],
  name: string,
  pitfall: (need: Need) => string,
): void {
  const done = seen.get(ctx) ?? new Set<string>();
  seen.set(ctx, done);
  const key = `${id} ${principal.entity.arn} ${needs.map((n) => `${n.ask.action} ${n.ask.resource}`).join(' ')}`;
  if (done.has(key)) return;
  done.add(key);
  const missing = needs
    .map((need) => ({ need, decision: ctx.perms.decide(account, principal, need.ask) }))
    .filter((m) => m.decision.decision !== 'Allow');
  if (missing.length === 0) return ctx.findings.pass();
  const document = policyOf(missing.map((m) => m.need.statement));
  const text = missing.map((m) => `${m.need.what} (${refusal(m.decision)})${pitfall(m.need)}`).join('; ');
  ctx.findings.fail(
    id,
    account.id,
    principal.entity.arn,
    `${principalLabel(principal)} may create Image Builder infrastructure configurations but may not ${text}.`,
    { account: account.id, actions: [putPolicy(principal, name, document)], policy: document },
  );
}

/** The name part of an ARN: after the last `/`, or after the last `:` (SNS topics, S3 buckets). */
function lastSegment(arn: string): string {
  return arn.slice(Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':')) + 1);
}

/** The pitfall of AWSImageBuilderFullAccess-style grants: allowed for names with "imagebuilder" only. */
function namePitfall(ctx: CheckContext, account: AccountView, principal: Principal) {
  return (need: Need): string => {
    const name = lastSegment(need.ask.resource);
    if (name.includes('imagebuilder')) return '';
    const renamed = need.ask.resource.slice(0, need.ask.resource.length - name.length) + `${name}-imagebuilder`;
    if (!ctx.perms.allows(account, principal, { ...need.ask, resource: renamed })) return '';
    return `: its policies allow this only for names containing lower-case "imagebuilder" (as AWSImageBuilderFullAccess does), and ${name} has none`;
  };
}

function passRoleNeeds(account: AccountView, role: IamRole, profileName: string): Need[] {
  const profileArn = account.instanceProfileArn(profileName);
  const profile = account.instanceProfile(profileName);
  return [
    {
      ask: { action: 'iam:PassRole', resource: role.arn, context: { 'iam:PassedToService': EC2_SERVICE }, resourceTags: role.tags },
      statement: {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: role.arn,
        Condition: { StringEquals: { 'iam:PassedToService': EC2_SERVICE } },
      },
      what: `iam:PassRole role ${role.name} to ${EC2_SERVICE}`,
    },
    {
      ask: { action: 'iam:GetInstanceProfile', resource: profileArn, ...(profile ? { resourceTags: profile.tags } : {}) },
      statement: { Effect: 'Allow', Action: 'iam:GetInstanceProfile', Resource: profileArn },
      what: `iam:GetInstanceProfile ${profileName}`,
    },
  ];
}

export function checkInfrastructureCallers(
  ctx: CheckContext,
  account: AccountView,
  infra: InfrastructureConfiguration,
): void {
  const creators = resourceCreators(ctx, account, infra.arn, [
    'imagebuilder:CreateInfrastructureConfiguration',
    'imagebuilder:UpdateInfrastructureConfiguration',
  ]);
  if (creators.length === 0) return;
  const role = instanceRoleOf(ctx, account, infra, false);
  const region = arnParts(infra.arn).region || ctx.region;
  for (const principal of creators) {
    const pitfall = namePitfall(ctx, account, principal);
    if (role && infra.instanceProfileName) {
      const needs = passRoleNeeds(account, role, infra.instanceProfileName);
      requireOf(ctx, 'IB008', account, principal, needs, policyName('ImageBuilderPassRole', role.name), pitfall);
    }
    if (infra.snsTopicArn) {
      const topic = infra.snsTopicArn;
      const need: Need = {
        ask: { action: 'sns:Publish', resource: topic, region: arnParts(topic).region || region },
        statement: { Effect: 'Allow', Action: 'sns:Publish', Resource: topic },
        what: `sns:Publish to ${topic}`,
      };
      requireOf(ctx, 'IB015', account, principal, [need], policyName('ImageBuilderStatusTopic', lastSegment(topic)), pitfall);
    }
    if (infra.s3Logs) {
      const bucket = `arn:aws:s3:::${infra.s3Logs.bucket}`;
      const need: Need = {
        ask: { action: 's3:ListBucket', resource: bucket, region },
        statement: { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket },
        what: `s3:ListBucket ${infra.s3Logs.bucket}`,
      };
      requireOf(ctx, 'IB016', account, principal, [need], policyName('ImageBuilderLogBucket', infra.s3Logs.bucket), pitfall);
    }
  }
}
