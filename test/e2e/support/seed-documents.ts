/**
 * The policy documents of the seed procedures (/work/shared/seeds), copied as the AWS documentation prints
 * them, so that the end-to-end tests create exactly what the documents describe:
 * - 000 "Completing prerequisite steps" (AWS Marketplace private image build): InstanceRolePermissionsPolicy,
 *   InstanceRoleTrustPolicy, AutomationRolePermissionsPolicy, AutomationRoleTrustPolicy
 *   https://docs.aws.amazon.com/marketplace/latest/userguide/completing-prerequisite-steps.html
 * - 002 "Lifecycle management prerequisites for Image Builder images": the lifecycle execution role's trust
 *   policy and the cross-account lifecycle role's trust policy (with its aws:SourceAccount example account)
 *   https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 * AWS managed policy ARNs from 001 "Prerequisites" and 003 "Using managed policies for EC2 Image Builder".
 */

export const INSTANCE_ROLE_PERMISSIONS_POLICY = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Action": [
                "ssm:DescribeAssociation",
                "ssm:GetDocument",
                "ssm:GetManifest",
                "ssm:GetParameters",
                "ssm:ListAssociations",
                "ssm:ListInstanceAssociations",
                "ssm:PutConfigurePackageResult",
                "ssm:UpdateAssociationStatus",
                "ssm:UpdateInstanceAssociationStatus",
                "ssm:UpdateInstanceInformation"
            ],
            "Resource": "*",
            "Effect": "Allow"
        },
        {
            "Action": [
                "ec2messages:AcknowledgeMessage",
                "ec2messages:DeleteMessage",
                "ec2messages:FailMessage",
                "ec2messages:GetEndpoint",
                "ec2messages:GetMessages",
                "ec2messages:SendReply"
            ],
            "Resource": "*",
            "Effect": "Allow"
        },
        {
            "Action": [
                "ec2:DescribeInstanceStatus"
            ],
            "Resource": "*",
            "Effect": "Allow"
        },
        {
            "Action": [
                "s3:GetObject",
                "s3:PutObject"
            ],
            "Resource": "arn:aws:s3:::awsexamplebucket>/*",
            "Effect": "Allow"
        }
    ]
}`;

export const INSTANCE_ROLE_TRUST_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "Service": [
          "ssm.amazonaws.com",
          "ec2.amazonaws.com"
        ]
      },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

/** The document says to use "the following InstanceRoleTrustPolicy text": the same text. */
export const AUTOMATION_ROLE_TRUST_POLICY = INSTANCE_ROLE_TRUST_POLICY;

/** As printed in the guide: the opening brace is missing, so this is not JSON. */
export const AUTOMATION_ROLE_PERMISSIONS_POLICY_AS_PRINTED = `    "Version": "2012-10-17",
    "Statement": [
        {
            "Action": [
                "ssm:*"
            ],
            "Resource": [
                "*"
            ],
            "Effect": "Allow"
        },
        {
            "Action": [
                "ec2:CreateImage",
                "ec2:DescribeImages",
                "ec2:StartInstances",
                "ec2:RunInstances",
                "ec2:StopInstances",
                "ec2:TerminateInstances",
                "ec2:DescribeInstanceStatus",
                "ec2:CreateTags",
                "ec2:DescribeTags"
            ],
            "Resource": [
                "*"
            ],
            "Effect": "Allow"
        },
        {
            "Action": [
                "iam:PassRole"
            ],
            "Resource": [
                "{{ Instance Profile }}"
            ],
            "Effect": "Allow"
        }
    ]
}`;

/**
 * The AutomationRolePermissionsPolicy as the guide means it: the brace restored and, as its note says,
 * `{{ Instance Profile }}` replaced with the ARN of the instance role created earlier.
 */
export function automationRolePermissionsPolicy(instanceRoleArn: string): string {
  return `{\n${AUTOMATION_ROLE_PERMISSIONS_POLICY_AS_PRINTED.replace('{{ Instance Profile }}', instanceRoleArn)}`;
}

/** What the IAM console writes for "AWS service" -> "EC2" before the trust relationship is edited. */
export const CONSOLE_EC2_TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export const LIFECYCLE_EXECUTION_TRUST_POLICY =
  '{ "Version": "2012-10-17", "Statement": [ { "Action": [ "sts:AssumeRole" ], "Effect": "Allow", ' +
  '"Principal": { "Service": [ "imagebuilder.amazonaws.com" ] } } ] }';

/** The documented example names 444455556666 as the account where Image Builder distributed resources. */
export const CROSS_ACCOUNT_LIFECYCLE_EXAMPLE_SOURCE = '444455556666';

/** The cross-account lifecycle trust policy, with `sourceAccount` where the example has 444455556666. */
export function crossAccountLifecycleTrustPolicy(sourceAccount: string): string {
  return (
    '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Principal": { "Service": ' +
    '[ "imagebuilder.amazonaws.com" ] }, "Action": "sts:AssumeRole", "Condition": { "StringEquals": ' +
    `{ "aws:SourceAccount": "${CROSS_ACCOUNT_LIFECYCLE_EXAMPLE_SOURCE}" }, "StringLike": { "aws:SourceArn": ` +
    '"arn:*:imagebuilder:*:*:image/*/*/*" } } } ] }'
  ).replace(CROSS_ACCOUNT_LIFECYCLE_EXAMPLE_SOURCE, sourceAccount);
}

/** The distribution role must trust the source account (001's note; the cross-account distribution guide). */
export function distributionCrossAccountTrustPolicy(sourceAccount: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${sourceAccount}:root` }, Action: 'sts:AssumeRole' },
    ],
  });
}

export const MANAGED = {
  instanceProfileForImageBuilder: 'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilder',
  ssmManagedInstanceCore: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
  lifecycleExecution: 'arn:aws:iam::aws:policy/service-role/EC2ImageBuilderLifecycleExecutionPolicy',
  crossAccountDistribution: 'arn:aws:iam::aws:policy/Ec2ImageBuilderCrossAccountDistributionAccess',
  imageBuilderFullAccess: 'arn:aws:iam::aws:policy/AWSImageBuilderFullAccess',
} as const;
