/**
 * What the instance profile role does on a build or test instance: the SSM Agent registers with Systems
 * Manager and takes its commands over ec2messages/ssmmessages (AmazonSSMManagedInstanceCore: "all build
 * activity is orchestrated by SSM Automation"), AWSTOE writes to CloudWatch Logs under /aws/imagebuilder/
 * (or the image's log group) and, when the infrastructure configuration has S3 logging, puts the logs in
 * the bucket ("the instance profile ... must have s3:PutObject permissions for the target bucket").
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 * https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-instance-permissions.html
 */
import type { ApiObject } from '../common/image-api-values.js';
import { ec2Arn } from '../common/build-ec2-images.js';
import type { BuildStepContext } from './build-context.js';
import type { StepCheck } from './step-authorizer.js';

/** The Systems Manager requests of an instance's agent. */
export function ssmCoreChecks(region: string, account: string, instanceId: string): StepCheck[] {
  return [
    { action: 'ssm:UpdateInstanceInformation', resource: ec2Arn.instance(region, account, instanceId) },
    { action: 'ssm:ListInstanceAssociations', resource: '*' },
    { action: 'ec2messages:GetMessages', resource: '*' },
    { action: 'ec2messages:AcknowledgeMessage', resource: '*' },
    { action: 'ec2messages:SendReply', resource: '*' },
    { action: 'ssmmessages:CreateControlChannel', resource: '*' },
    { action: 'ssmmessages:OpenControlChannel', resource: '*' },
  ];
}

/** The image's log group: its logging configuration's, else /aws/imagebuilder/IMAGE-NAME. */
export function logGroupName(ctx: BuildStepContext): string {
  const logging = ctx.request.loggingConfiguration;
  const named = logging?.['logGroupName'];
  return typeof named === 'string' ? named : `/aws/imagebuilder/${ctx.image.name}`;
}

/** CloudWatch Logs: create the group and the image's stream, put the events. */
export function cloudWatchLogChecks(ctx: BuildStepContext): StepCheck[] {
  const group = `arn:aws:logs:${ctx.region}:${ctx.account}:log-group:${logGroupName(ctx)}`;
  const stream = `${group}:log-stream:${ctx.image.version ?? '1.0.0'}/${ctx.image.build ?? 1}`;
  return [
    { action: 'logs:CreateLogGroup', resource: group },
    { action: 'logs:CreateLogStream', resource: stream },
    { action: 'logs:PutLogEvents', resource: stream },
  ];
}

/** s3:PutObject of the step's log in the logging bucket and prefix, when S3 logging is configured. */
export function s3LogChecks(ctx: BuildStepContext, instanceId: string, phase: 'build' | 'test'): StepCheck[] {
  const s3 = (ctx.infrastructure['logging'] as ApiObject | undefined)?.['s3Logs'] as ApiObject | undefined;
  const bucket = s3?.['s3BucketName'];
  if (typeof bucket !== 'string') return [];
  const prefix =
    typeof s3?.['s3KeyPrefix'] === 'string' ? `${String(s3['s3KeyPrefix']).replace(/\/+$/, '')}/` : '';
  const key = `${prefix}${ctx.image.name}/${ctx.image.version ?? '1.0.0'}/${ctx.image.build ?? 1}/${instanceId}/${phase}.log`;
  return [
    {
      action: 's3:PutObject',
      resource: `arn:aws:s3:::${bucket}/${key}`,
      suggestion: `no AWS managed policy grants writing to the logging bucket: allow s3:PutObject on arn:aws:s3:::${bucket}/${prefix}* for the instance profile role`,
    },
  ];
}
