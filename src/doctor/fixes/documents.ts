/**
 * The policy documents the fixes and `ibiam setup imagebuilder` write, as the seed documents print them:
 * trust policies for the roles Image Builder and AWS Marketplace use, the S3 logging policy, the
 * Marketplace instance and automation role policies, and the AWS managed policies to attach.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 * https://docs.aws.amazon.com/marketplace/latest/userguide/completing-prerequisite-steps.html
 */
import type { JsonValue } from '../snapshot/types.js';

export const VERSION = '2012-10-17';
export const IMAGE_BUILDER_SERVICE = 'imagebuilder.amazonaws.com';
export const EC2_SERVICE = 'ec2.amazonaws.com';
export const SSM_SERVICE = 'ssm.amazonaws.com';

export const MANAGED = {
  instanceProfile: 'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilder',
  ssmCore: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
  ecrContainerBuilds: 'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilderECRContainerBuilds',
  crossAccountDistribution: 'arn:aws:iam::aws:policy/Ec2ImageBuilderCrossAccountDistributionAccess',
  lifecycleExecution: 'arn:aws:iam::aws:policy/service-role/EC2ImageBuilderLifecycleExecutionPolicy',
  execution: 'arn:aws:iam::aws:policy/EC2ImageBuilderExecutionPolicy',
  serviceLinkedRole: 'arn:aws:iam::aws:policy/aws-service-role/AWSServiceRoleForImageBuilder',
  marketplaceFullAccess: 'arn:aws:iam::aws:policy/AWSMarketplaceFullAccess',
} as const;

export const ROLE_NAMES = {
  serviceLinked: 'AWSServiceRoleForImageBuilder',
  serviceLinkedPath: '/aws-service-role/imagebuilder.amazonaws.com/',
  distribution: 'EC2ImageBuilderDistributionCrossAccountRole',
  crossAccountLifecycle: 'Ec2ImageBuilderCrossAccountLifecycleAccess',
  /** Names `ibiam setup` uses; they contain lower-case "imagebuilder" so AWSImageBuilderFullAccess may pass them. */
  instance: 'ec2-imagebuilder-instance',
  lifecycle: 'ec2-imagebuilder-lifecycle',
  execution: 'ec2-imagebuilder-execution',
  mpInstance: 'MarketplaceImageBuildInstanceRole',
  mpAutomation: 'MarketplaceImageBuildAutomationRole',
  mpGroup: 'MarketplaceImageBuilders',
} as const;

export const slrArn = (account: string) =>
  `arn:aws:iam::${account}:role${ROLE_NAMES.serviceLinkedPath}${ROLE_NAMES.serviceLinked}`;

/** A trust policy letting AWS services assume the role. */
export function serviceTrust(...services: string[]): JsonValue {
  return {
    Version: VERSION,
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: services.length === 1 ? services[0] : services },
        Action: 'sts:AssumeRole',
      },
    ],
  };
}

/** EC2ImageBuilderDistributionCrossAccountRole's trust: the source account. */
export function sourceAccountTrust(sourceAccount: string): JsonValue {
  return {
    Version: VERSION,
    Statement: [
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${sourceAccount}:root` }, Action: 'sts:AssumeRole' },
    ],
  };
}

/** Ec2ImageBuilderCrossAccountLifecycleAccess's trust, as seed 002 prints it. */
export function crossAccountLifecycleTrust(sourceAccount: string): JsonValue {
  return {
    Version: VERSION,
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: [IMAGE_BUILDER_SERVICE] },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': sourceAccount },
          StringLike: { 'aws:SourceArn': 'arn:*:imagebuilder:*:*:image/*/*/*' },
        },
      },
    ],
  };
}

/** The S3 logging permission of seed 001, for a bucket and optional key prefix. */
export function s3LoggingPolicy(bucket: string, prefix?: string): JsonValue {
  const path = prefix ? `${prefix.replace(/^\/+|\/+$/g, '')}/` : '';
  return {
    Version: VERSION,
    Statement: [{ Effect: 'Allow', Action: ['s3:PutObject'], Resource: `arn:aws:s3:::${bucket}/${path}*` }],
  };
}

/**
 * InstanceRolePermissionsPolicy of seed 000, without its S3 statement: that one names the example bucket
 * `awsexamplebucket>` the reader is told to create, so it is not a prerequisite the doctor can check.
 */
export const MP_INSTANCE_ROLE_POLICY: JsonValue = {
  Version: VERSION,
  Statement: [
    {
      Action: [
        'ssm:DescribeAssociation',
        'ssm:GetDocument',
        'ssm:GetManifest',
        'ssm:GetParameters',
        'ssm:ListAssociations',
        'ssm:ListInstanceAssociations',
        'ssm:PutConfigurePackageResult',
        'ssm:UpdateAssociationStatus',
        'ssm:UpdateInstanceAssociationStatus',
        'ssm:UpdateInstanceInformation',
      ],
      Resource: '*',
      Effect: 'Allow',
    },
    {
      Action: [
        'ec2messages:AcknowledgeMessage',
        'ec2messages:DeleteMessage',
        'ec2messages:FailMessage',
        'ec2messages:GetEndpoint',
        'ec2messages:GetMessages',
        'ec2messages:SendReply',
      ],
      Resource: '*',
      Effect: 'Allow',
    },
    { Action: ['ec2:DescribeInstanceStatus'], Resource: '*', Effect: 'Allow' },
  ],
};

/** AutomationRolePermissionsPolicy of seed 000 with `{{ Instance Profile }}` replaced by the instance role ARN. */
export function mpAutomationRolePolicy(instanceRoleArn: string): JsonValue {
  return {
    Version: VERSION,
    Statement: [
      { Action: ['ssm:*'], Resource: ['*'], Effect: 'Allow' },
      {
        Action: [
          'ec2:CreateImage',
          'ec2:DescribeImages',
          'ec2:StartInstances',
          'ec2:RunInstances',
          'ec2:StopInstances',
          'ec2:TerminateInstances',
          'ec2:DescribeInstanceStatus',
          'ec2:CreateTags',
          'ec2:DescribeTags',
        ],
        Resource: ['*'],
        Effect: 'Allow',
      },
      { Action: ['iam:PassRole'], Resource: [instanceRoleArn], Effect: 'Allow' },
    ],
  };
}

/** What Marketplace builders need beyond AWSMarketplaceFullAccess: list the roles and pass the two roles. */
export function mpBuilderPolicy(roleArns: readonly string[]): JsonValue {
  return {
    Version: VERSION,
    Statement: [
      { Effect: 'Allow', Action: ['iam:ListRoles', 'iam:ListInstanceProfiles'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: [...roleArns],
        Condition: { StringEquals: { 'iam:PassedToService': EC2_SERVICE } },
      },
    ],
  };
}

/** A statement list as an identity policy. */
export function policyOf(statements: readonly JsonValue[]): JsonValue {
  return { Version: VERSION, Statement: [...statements] };
}
