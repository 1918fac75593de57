/**
 * What the principals who create an infrastructure configuration need besides imagebuilder:* (the
 * permissions AWSImageBuilderFullAccess grants only for names containing lower-case "imagebuilder"):
 * IB008 iam:PassRole of the instance profile's role to ec2.amazonaws.com and iam:GetInstanceProfile,
 * IB015 sns:Publish to the status topic, IB016 s3:ListBucket on the logging bucket. One finding per check
 * and principal, listing everything it lacks; the fix puts one inline policy per role, topic or bucket.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-identity-based-policies.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html
 */
import type { Decision } from '../../policy/authorize/types.js';
import { refusal, type Ask } from '../engine/permissions.js';
import type { FixAction } from '../fixes/actions.js';
import { policyName, putPolicy } from '../fixes/builders.js';
import { EC2_SERVICE, policyOf } from '../fixes/documents.js';
import type { IamRole, InfrastructureConfiguration, JsonValue } from '../snapshot/types.js';
import { arnParts, type AccountView, type Principal } from '../world.js';
import { principalLabel, type CheckContext } from './context.js';
import { resourceCreators } from './creators.js';
import { instanceRoleOf } from './instance-profiles.js';

interface Need {
  readonly id: 'IB008' | 'IB015' | 'IB016';
  readonly ask: Ask;
  readonly statement: JsonValue;
  readonly what: string;
  /** The inline policy the fix puts for this need (one per role, topic or bucket). */
  readonly policyName: string;
}

interface Missing {
  readonly need: Need;
  readonly decision: Decision;
  readonly pitfall: string;
}

/** The name part of an ARN: after the last `/`, or after the last `:` (SNS topics, S3 buckets). */
function lastSegment(arn: string): string {
  return arn.slice(Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':')) + 1);
}

/** The pitfall of AWSImageBuilderFullAccess-style grants: allowed for names with "imagebuilder" only. */
function pitfall(ctx: CheckContext, account: AccountView, principal: Principal, ask: Ask): string {
  const name = lastSegment(ask.resource);
  if (name.includes('imagebuilder')) return '';
  const renamed = ask.resource.slice(0, ask.resource.length - name.length) + `${name}-imagebuilder`;
  if (!ctx.perms.allows(account, principal, { ...ask, resource: renamed })) return '';
  return ` — its policies allow this only for names containing lower-case "imagebuilder" (as AWSImageBuilderFullAccess does), and ${name} has none`;
}

function needsOf(
  ctx: CheckContext,
  account: AccountView,
  infra: InfrastructureConfiguration,
  role: IamRole | undefined,
): Need[] {
  const needs: Need[] = [];
  const region = arnParts(infra.arn).region || ctx.region;
  if (role && infra.instanceProfileName) {
    const profileArn = account.instanceProfileArn(infra.instanceProfileName);
    const profile = account.instanceProfile(infra.instanceProfileName);
    const name = policyName('ImageBuilderPassRole', role.name);
    needs.push(
      {
        id: 'IB008',
        ask: {
          action: 'iam:PassRole',
          resource: role.arn,
          context: { 'iam:PassedToService': EC2_SERVICE },
          resourceTags: role.tags,
        },
        statement: {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: role.arn,
          Condition: { StringEquals: { 'iam:PassedToService': EC2_SERVICE } },
        },
        what: `iam:PassRole role ${role.name} to ${EC2_SERVICE}`,
        policyName: name,
      },
      {
        id: 'IB008',
        ask: {
          action: 'iam:GetInstanceProfile',
          resource: profileArn,
          ...(profile ? { resourceTags: profile.tags } : {}),
        },
        statement: { Effect: 'Allow', Action: 'iam:GetInstanceProfile', Resource: profileArn },
        what: `iam:GetInstanceProfile ${infra.instanceProfileName}`,
        policyName: name,
      },
    );
  }
  if (infra.snsTopicArn) {
    const topic = infra.snsTopicArn;
    needs.push({
      id: 'IB015',
      ask: { action: 'sns:Publish', resource: topic, region: arnParts(topic).region || region },
      statement: { Effect: 'Allow', Action: 'sns:Publish', Resource: topic },
      what: `sns:Publish to ${topic}`,
      policyName: policyName('ImageBuilderStatusTopic', lastSegment(topic)),
    });
  }
  if (infra.s3Logs) {
    const bucket = `arn:aws:s3:::${infra.s3Logs.bucket}`;
    needs.push({
      id: 'IB016',
      ask: { action: 's3:ListBucket', resource: bucket, region },
      statement: { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket },
      what: `s3:ListBucket ${infra.s3Logs.bucket}`,
      policyName: policyName('ImageBuilderLogBucket', infra.s3Logs.bucket),
    });
  }
  return needs;
}

function report(
  ctx: CheckContext,
  account: AccountView,
  principal: Principal,
  id: string,
  missing: readonly Missing[],
): void {
  const byPolicy = new Map<string, JsonValue[]>();
  for (const m of missing)
    byPolicy.set(m.need.policyName, [...(byPolicy.get(m.need.policyName) ?? []), m.need.statement]);
  const actions: FixAction[] = [...byPolicy].map(([name, statements]) =>
    putPolicy(principal, name, policyOf(statements)),
  );
  const text = missing.map((m) => `${m.need.what} (${refusal(m.decision)}${m.pitfall})`).join('; ');
  ctx.findings.fail(
    id,
    account.id,
    principal.entity.arn,
    `${principalLabel(principal)} may create Image Builder infrastructure configurations but may not ${text}.`,
    { account: account.id, actions, policy: policyOf(missing.map((m) => m.need.statement)) },
  );
}

export function checkInfrastructureCallers(ctx: CheckContext, account: AccountView): void {
  const missing = new Map<string, { principal: Principal; id: string; list: Missing[] }>();
  const seen = new Set<string>();
  for (const infra of account.imagebuilder.infrastructureConfigurations) {
    const creators = resourceCreators(ctx, account, infra.arn, [
      'imagebuilder:CreateInfrastructureConfiguration',
      'imagebuilder:UpdateInfrastructureConfiguration',
    ]);
    if (creators.length === 0) continue;
    const needs = needsOf(ctx, account, infra, instanceRoleOf(ctx, account, infra, false));
    for (const principal of creators) {
      for (const need of needs) {
        const key = `${need.id} ${principal.entity.arn} ${need.ask.action} ${need.ask.resource}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const decision = ctx.perms.decide(account, principal, need.ask);
        if (decision.decision === 'Allow') {
          ctx.findings.pass();
          continue;
        }
        const group = `${need.id} ${principal.entity.arn}`;
        const entry = missing.get(group) ?? { principal, id: need.id, list: [] };
        entry.list.push({ need, decision, pitfall: pitfall(ctx, account, principal, need.ask) });
        missing.set(group, entry);
      }
    }
  }
  for (const { principal, id, list } of missing.values()) report(ctx, account, principal, id, list);
}
