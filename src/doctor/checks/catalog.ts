/**
 * The checks, as data: a stable id, what must hold, why it matters, and the documents it comes from.
 * The rules that evaluate them (through the policy engine) live beside this file, one family per file.
 */
import { SOURCES, type Source } from './sources.js';

export type Severity = 'error' | 'warning' | 'info';

export interface CheckInfo {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly sources: readonly Source[];
}

const check = (id: string, title: string, why: string, ...sources: Source[]): CheckInfo => ({
  id,
  title,
  why,
  sources,
});

export const CHECKS: readonly CheckInfo[] = [
  check(
    'IB001',
    'The service-linked role AWSServiceRoleForImageBuilder exists, or the principals who create Image Builder resources may create it',
    'Image Builder creates its service-linked role with the credentials of whoever creates the first resource; without iam:CreateServiceLinkedRole that request is denied and nothing is created.',
    SOURCES.slr,
    SOURCES.fullAccess,
  ),
  check(
    'IB002',
    "Each infrastructure configuration's instance profile exists and holds exactly one role",
    'Image Builder launches every build and test instance with this instance profile; a missing profile, or one without its role, fails the build before it starts.',
    SOURCES.iam,
  ),
  check(
    'IB003',
    "The instance profile's role trusts ec2.amazonaws.com",
    'The build instance gets its credentials by EC2 assuming the role; a trust policy that does not allow ec2.amazonaws.com leaves the instance without any permission.',
    SOURCES.iam,
  ),
  check(
    'IB004',
    "The instance profile's role has the permissions of EC2InstanceProfileForImageBuilder",
    'The build instance downloads components, decrypts them and writes logs with these permissions; without them the build and test components fail.',
    SOURCES.iam,
    SOURCES.manageAccess,
  ),
  check(
    'IB005',
    "The instance profile's role has the permissions of AmazonSSMManagedInstanceCore",
    'All build activity is orchestrated by SSM Automation: the SSM Agent on the instance needs these permissions to register and receive commands.',
    SOURCES.iam,
    SOURCES.manageAccess,
  ),
  check(
    'IB006',
    "For container recipes, the instance profile's role has the permissions of EC2InstanceProfileForImageBuilderECRContainerBuilds",
    'A container build pulls and pushes images in Amazon ECR from the build instance; without these permissions the container image cannot be registered.',
    SOURCES.manageAccess,
    SOURCES.ecrPolicy,
  ),
  check(
    'IB007',
    "When logging to S3 is configured, the instance profile's role may s3:PutObject to the bucket and prefix",
    'The build instance uploads its logs to the bucket itself; without s3:PutObject the logs are lost.',
    SOURCES.iam,
  ),
  check(
    'IB008',
    'The principals who create infrastructure configurations may iam:PassRole its role to ec2.amazonaws.com and iam:GetInstanceProfile it',
    'Creating an infrastructure configuration passes the role to EC2; AWSImageBuilderFullAccess allows that only for instance profiles and roles whose names contain lower-case "imagebuilder".',
    SOURCES.fullAccess,
  ),
  check(
    'IB009',
    'Each distribution target account has EC2ImageBuilderDistributionCrossAccountRole, trusting the source account, with the permissions of Ec2ImageBuilderCrossAccountDistributionAccess',
    'Image Builder copies the AMI into each target account by assuming this role there; without it the distribution fails.',
    SOURCES.iam,
    SOURCES.slrPolicy,
  ),
  check(
    'IB010',
    "Each lifecycle policy's execution role trusts imagebuilder.amazonaws.com and has the permissions of EC2ImageBuilderLifecycleExecutionPolicy",
    'Image Builder runs lifecycle actions (deprecate, disable, delete) by assuming this role; without trust or permissions the policy does nothing.',
    SOURCES.lifecycleRole,
    SOURCES.lifecyclePrereqs,
  ),
  check(
    'IB011',
    'Each destination account of distributed resources has the role Ec2ImageBuilderCrossAccountLifecycleAccess with the documented trust and permissions',
    'Lifecycle actions on images distributed to other accounts run through this role in each destination account (name required exactly).',
    SOURCES.lifecycleCrossAccount,
    SOURCES.lifecyclePrereqs,
  ),
  check(
    'IB012',
    'ECR repositories used by container lifecycle policies carry the tag LifecycleExecutionAccess: EC2 Image Builder',
    'The lifecycle execution policy only allows ECR actions on repositories with this tag: untagged repositories are left alone.',
    SOURCES.lifecyclePrereqs,
  ),
  check(
    'IB013',
    'Image Builder may sns:Publish to the status topics of infrastructure configurations',
    'Image Builder publishes build status to the topic with its service-linked role; a topic it cannot publish to never hears of the build.',
    SOURCES.slrPolicy,
  ),
  check(
    'IB014',
    'Execution roles of pipelines, images and workflows trust imagebuilder.amazonaws.com and have the permissions of EC2ImageBuilderExecutionPolicy',
    'Image Builder runs workflows with the execution role; a pipeline with workflows and no usable execution role cannot build.',
    SOURCES.serviceRoles,
    SOURCES.digestExecutionRole,
  ),
  check(
    'IB015',
    'The principals who create infrastructure configurations may sns:Publish to its status topic',
    'Image Builder checks topic ownership with the caller\'s credentials; AWSImageBuilderFullAccess allows sns:Publish only to topics whose names contain "imagebuilder".',
    SOURCES.fullAccess,
  ),
  check(
    'IB016',
    'The principals who create infrastructure configurations may s3:ListBucket the logging bucket',
    'Image Builder verifies the logging bucket with the caller\'s credentials; AWSImageBuilderFullAccess lists only buckets whose names contain "imagebuilder".',
    SOURCES.fullAccess,
    SOURCES.iam,
  ),
  check(
    'IB017',
    'The principals who create pipelines and lifecycle policies may iam:PassRole their execution roles to imagebuilder.amazonaws.com',
    'Naming a role in a request passes it to the service, which needs iam:PassRole on it.',
    SOURCES.digestPassRole,
  ),
  check(
    'MP001',
    'Marketplace private image build: an instance profile whose role trusts ec2 and ssm and has the permissions of InstanceRolePermissionsPolicy',
    'The AWS Marketplace Image Building Service attaches this instance profile to the build instance.',
    SOURCES.mpInstanceRole,
  ),
  check(
    'MP002',
    'Marketplace private image build: an automation role trusting ec2 and ssm, with the permissions of AutomationRolePermissionsPolicy, whose iam:PassRole covers the instance role',
    'The image build runs as an SSM Automation with this role, which launches the instance with the instance role.',
    SOURCES.mpAutomationRole,
  ),
  check(
    'MP003',
    "The users or groups who build private images have AWSMarketplaceFullAccess's permissions and may list and pass the two roles",
    'Users of the AWS Marketplace website need IAM permissions to list and assign the roles that create and view the private images they build.',
    SOURCES.mpWebsite,
  ),
  check(
    'DOC001',
    'Every account named by an Image Builder resource has account details',
    'Without the account details of the account that owns a resource, its prerequisites cannot be checked.',
    SOURCES.iam,
  ),
];

const BY_ID = new Map(CHECKS.map((c) => [c.id, c]));

export function checkInfo(id: string): CheckInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown check ${id}`);
  return info;
}
